import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // The introduction first: it is the page `npm start` opens on.
  stories: ['../stories/introduction.stories.ts', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  // Translated strings are modules (src/generated/strings/), which Vite bundles like the widgets' code.
  // The group finder's ZIP table is served at /zip/ (preview.ts points the element there).
  staticDirs: [
    { from: '../src/generated/zip', to: '/zip' },
    { from: '../demo', to: '/demo' },
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist in the sidebar: the introduction story explains the widgets instead.
  features: { sidebarOnboardingChecklist: false },
  async viteFinal(config) {
    // Every dependency the widgets and stories import is pre-bundled before the first page load.
    // Found later, Vite re-bundles and reloads the preview mid-start: two copies of Lit end up on the
    // page ("Multiple versions of Lit loaded") and the manager loses its store ("Timed out waiting
    // for leader state").
    config.optimizeDeps = {
      ...config.optimizeDeps,
      // lit/directive-helpers.js: Storybook's web-components renderer imports it.
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js', 'd3-dsv', 'lean-qr/nano'],
    };
    config.resolve = { ...config.resolve, dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] };
    // Lit's production build, as partners get it: no "Lit is in dev mode" warning in the console.
    // (Vite merges its default export conditions into any given here, so they are swapped once resolved.)
    config.plugins = [
      ...(config.plugins ?? []),
      {
        name: 'ally-lit-production-build',
        configResolved(resolved) {
          for (const env of Object.values(resolved.environments)) {
            const conditions = env.resolve.conditions as string[];
            conditions.forEach((c, i) => (c === 'development|production' || c === 'development') && (conditions[i] = 'production'));
          }
        },
      },
    ];
    return config;
  },
};
export default config;
