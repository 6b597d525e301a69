// executeServerCommand('ally-xliff-roundtrip', { locale, review? }): on a copy of
// xliff/<locale>.xlf in a temporary folder, merges `review` (the reviewer page's JSON)
// with scripts/xliff-merge.mjs, then runs `lit-localize extract` on it as
// `npm run i18n:extract` would (unless `extract: false`), and reads the review status back (scripts/xliff-status.mjs).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { reviewStatus, reviewedGroups, statusWord } from '../../scripts/xliff-status.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);

export function xliffRoundtrip({ locale, review, extract = true }) {
  const dir = mkdtempSync(join(tmpdir(), 'ally-xliff-'));
  try {
    mkdirSync(join(dir, 'xliff'));
    const file = join(dir, 'xliff', `${locale}.xlf`);
    copyFileSync(join(root, 'xliff', `${locale}.xlf`), file);
    const before = readFileSync(file, 'utf8');
    let merged = '';
    if (review) {
      writeFileSync(join(dir, 'review.json'), JSON.stringify(review));
      merged = execFileSync(process.execPath, [join(root, 'scripts/xliff-merge.mjs'), locale, 'review.json'], { cwd: dir, encoding: 'utf8' });
    }
    const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
    writeFileSync(
      join(dir, 'lit-localize.json'),
      JSON.stringify({
        ...config,
        targetLocales: [locale],
        inputFiles: config.inputFiles.map((glob) => join(root, glob)),
        output: { ...config.output, outputDir: join(dir, 'out'), localeCodesModule: join(dir, 'out/locale-codes.ts') },
        interchange: { ...config.interchange, xliffDir: join(dir, 'xliff') },
      }),
    );
    const afterMerge = readFileSync(file, 'utf8');
    if (extract) execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', join(dir, 'lit-localize.json')], { cwd: dir, stdio: 'pipe' });
    const after = readFileSync(file, 'utf8');
    const status = reviewStatus(file);
    return {
      merged,
      unchangedByExtract: after === afterMerge,
      changedByMerge: afterMerge !== before,
      xml: after,
      status: statusWord(status),
      reviewers: status.reviewers,
      reviewedIds: status.reviewedIds,
      reviewedGroups: reviewedGroups(status),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
