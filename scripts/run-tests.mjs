// npm test: the browser suite (pretest already ran the localization build,
// the typecheck and the Chromium check). Extra arguments go to the runner,
// e.g. `npm test -- --files test/hotline.test.ts`.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  process.execPath,
  [new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url).pathname, '--config', 'web-test-runner.config.mjs', '--static-logging', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
