import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  // Translated strings are fetched relative to the bundled module (assets/ → ../generated/locales/).
  // The group finder's ZIP table is served at /zip/ (preview.ts points the element there).
  staticDirs: [
    { from: '../src/generated/locales', to: '/generated/locales' },
    { from: '../src/generated/zip', to: '/zip' },
    { from: '../demo', to: '/demo' },
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
