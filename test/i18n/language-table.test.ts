import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The README's language table is generated from the XLIFF files (scripts/language-table.mjs,
 * run by `npm run i18n:build`): status, who drafted, who reviewed and when. A README whose
 * table says something else than the files (a hand edit, a review merged without a rebuild)
 * fails here. (Locally the build rewrites it; on CI, with CI set, it only checks.)
 */
describe('README language table', () => {
  it('is the one generated from xliff/*.xlf', async () => {
    const { actual, expected } = await executeServerCommand<{ actual: string; expected: string }, object>('ally-language-table', {});
    expect(actual, 'README.md has no <!-- languages:start … --> / <!-- languages:end --> section').not.to.equal('');
    expect(actual, 'README.md language table is out of date: run npm run i18n:build and commit README.md').to.equal(expected);
  });

  it('lists every language of lit-localize.json with its review status', async () => {
    const { expected } = await executeServerCommand<{ actual: string; expected: string }, object>('ally-language-table', {});
    const config = await (await fetch('/lit-localize.json')).json();
    for (const locale of config.targetLocales as string[]) {
      const row = expected.split('\n').find((line) => line.includes(`| \`${locale}\` |`));
      expect(row, locale).to.match(/reviewed|not offered yet/);
    }
  });
});
