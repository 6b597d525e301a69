// npm test: the browser suite (pretest already ran the localization build,
// the typecheck and the Chromium check). Extra arguments go to the runner,
// e.g. `npm test -- --files test/hotline.test.ts`.
//
// The runner prints its progress bar and "Finished running tests" after every
// reporter, so the plain closing line `N passed, N failed` is printed here,
// after the runner has exited: it is always the last line `npm test` prints.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'ally-tests-'));
const countFile = join(dir, 'count.txt');
const result = spawnSync(
  process.execPath,
  [new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url).pathname, '--config', 'web-test-runner.config.mjs', '--static-logging', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, ALLY_TEST_COUNT_FILE: countFile } },
);
let line;
try {
  line = readFileSync(countFile, 'utf8').trim();
} catch {
  line = `0 passed, 1 failed (the test runner stopped before reporting: exit ${result.status ?? result.signal})`;
}
rmSync(dir, { recursive: true, force: true });
const failed = Number(/(\d+) failed/.exec(line)?.[1] ?? 1);
console.log(`\n${line}`);
process.exit(failed > 0 ? 1 : (result.status ?? 1));
