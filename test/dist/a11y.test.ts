/**
 * Accessibility: axe-core inside the partner page itself (test/pages/widgets-axe.html),
 * from the built dist/:
 * - every widget × every variant/layout, one page each, in English (as rendered and again
 *   after every control has been used: QR code open, officer view, search results …),
 *   Spanish, Arabic (right-to-left) and both Chinese scripts;
 * - every language dist/ships (read from its language menu, so each new language is covered
 *   as soon as it is complete): one page with every widget, checked as rendered.
 */
import { expect } from '@open-wc/testing';
import { CASES } from './widget-cases.js';
import { exercise, forEachCase, openPage, probeDist, type AxeViolation, type Page } from './harness.js';

const { tags, locales: shipped } = await probeDist();
// axe on every case in English, Spanish, Arabic (right-to-left) and both Chinese
// scripts; every other language is checked for text, direction and
// overflow by test/dist/languages.test.ts, which would show what could change.
const locales = shipped.filter((l) => ['en', 'es', 'ar', 'zh-Hans', 'zh-Hant'].includes(l));

async function violations(page: Page, el: Element): Promise<string[]> {
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

describe('axe-core in every shipped language: every widget on one page', () => {
  // One case of each widget (its first in widget-cases.ts): a page shows each widget once, as partners do
  // (two copies of one widget would repeat its landmark names, which the per-case runs above avoid).
  const cases = [...tags].map((tag) => CASES.find((c) => c.tag === tag)!).filter(Boolean);
  for (const lang of shipped) {
    it(`${lang}: zero violations`, async function () {
      this.timeout(60_000); // every widget renders in one page
      const page = await openPage('widgets-axe.html', cases, { lang, width: 1024, height: 768 });
      try {
        expect(page.widgets.map((el) => el.localName)).to.include.members([...tags]);
        expect(await violations(page, page.doc.getElementById('mount')!), lang).to.deep.equal([]);
      } finally {
        page.close();
      }
    });
  }
});

describe('axe-core languages', () => {
  it('covers every shipped language, at least the twelve of the first release', () => {
    expect(shipped).to.include.members(['en', 'es', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'tl', 'ar', 'ht', 'fr', 'pt', 'ru']);
  });

  it(`covers English, Spanish, Arabic and Chinese: ${locales.join(', ')}`, () => {
    expect([...locales].sort()).to.deep.equal(['ar', 'en', 'es', 'zh-Hans', 'zh-Hant']);
  });
});
