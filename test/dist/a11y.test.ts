/**
 * Accessibility: axe-core on every widget × every variant/layout ×
 * every language dist/ally-widgets.js ships (English, Spanish, Arabic … as
 * their translations complete), as rendered and again after every control has
 * been used (QR code open, officer view, search results …). axe runs inside
 * the partner page itself (test/pages/widgets-axe.html), next to the widget.
 */
import { expect } from '@open-wc/testing';
import { exercise, forEachCase, openPage, probeDist, type AxeViolation, type Page } from './harness.js';

const { tags, locales: shipped } = await probeDist();
// axe on every case in English, Spanish, Arabic (right-to-left) and both Chinese
// scripts; every other language is checked for text, direction and
// overflow by test/dist/languages.test.ts, which would show what could change.
const locales = shipped.filter((l) => ['en', 'es', 'ar', 'zh-Hans', 'zh-Hant'].includes(l));

async function violations(page: Page, el: HTMLElement): Promise<string[]> {
  const result = await page.win.axe!.run(el, { resultTypes: ['violations'] });
  return result.violations.map(
    (v: AxeViolation) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join(' | ')}`,
  );
}

for (const lang of locales) {
  describe(`axe-core, ${lang}`, () => {
    forEachCase(
      tags,
      (c) => `${c.id} (${lang}): zero violations as rendered${lang === 'en' ? ' and after using every control' : ''}`,
      async (c) => {
        const page = await openPage('widgets-axe.html', [c], { lang });
        try {
          const [el] = page.widgets;
          expect(await violations(page, el), 'as rendered').to.deep.equal([]);
          if (lang === 'en') {
            await exercise(el);
            expect(await violations(page, el), 'after using every control').to.deep.equal([]);
          }
        } finally {
          page.close();
        }
      },
    );
  });
}

describe('axe-core languages', () => {
  it(`covers English, Spanish, Arabic and Chinese: ${locales.join(', ')}`, () => {
    expect(locales).to.deep.equal(['en', 'es', 'zh-Hans', 'zh-Hant', 'ar']);
  });
});
