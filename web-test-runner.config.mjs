import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { findChrome, chromeArgs } from './scripts/chrome-path.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { testPagesPlugin } from './test/server/test-pages-plugin.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  concurrency: 1,
  testsFinishTimeout: 180_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), testPagesPlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), args: chromeArgs } })],
  testFramework: { config: { timeout: 10_000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
