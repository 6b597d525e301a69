/**
 * Every widget in every shipped language, from the built
 * dist/ally-widgets.js in a plain page (demo/languages.html?lang=…): the
 * widget's heading and a line of its body are the XLIFF translation, the
 * wrapper carries the language and its direction, and the page never scrolls
 * sideways at 360 px.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadPage } from '../helpers.js';
import { directionOf } from '../../src/internal/languages.js';

const config = await (await fetch('/lit-localize.json')).json();
const LOCALES: string[] = [config.sourceLocale, ...config.targetLocales];

const CHECKS: Record<string, string[]> = {
  'ally-hotline': ['hotline.heading', 'hotline.call'],
  'ally-five-ds': ['fiveDs.heading', 'fiveDs.distract.title'],
  'ally-rights-card': ['rightsCard.heading', 'rightsCard.silent.title'],
  'ally-group-finder': ['groupFinder.heading', 'groupFinder.searchLabel'],
};

async function expected(locale: string): Promise<Map<string, string>> {
  const file = locale === config.sourceLocale ? config.targetLocales[0] : locale;
  const doc = new DOMParser().parseFromString(await (await fetch(`/xliff/${file}.xlf`)).text(), 'application/xml');
  const map = new Map<string, string>();
  for (const unit of doc.getElementsByTagName('trans-unit')) {
    const el = unit.getElementsByTagName(locale === config.sourceLocale ? 'source' : 'target')[0];
    map.set(unit.getAttribute('id')!, el?.textContent ?? '');
  }
  return map;
}

const normalise = (text: string) => text.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

describe('every widget in every language, from dist/', () => {
  for (const locale of LOCALES) {
    it(`${locale}: all four widgets speak it, with its direction, in 360 px`, async () => {
      const strings = await expected(locale);
      const { frame, win } = await loadPage(`/demo/languages.html?lang=${locale}`, 360, 800);
      try {
        const doc = frame.contentDocument!;
        for (const [tag, ids] of Object.entries(CHECKS)) {
          const el = doc.querySelector(tag)!;
          const base = () => el.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
          for (const id of ids) {
            const want = normalise(strings.get(id)!);
            await waitUntil(() => base() && normalise(base()!.innerText).includes(want), `${tag} in ${locale} never showed “${want}” (${id})`, { timeout: 5000 });
          }
          expect(base()!.getAttribute('lang'), tag).to.equal(locale);
          expect(win.getComputedStyle(base()!).direction, tag).to.equal(directionOf(locale));
        }
        expect(doc.documentElement.scrollWidth, 'horizontal scroll at 360 px').to.be.at.most(360);
      } finally {
        frame.remove();
      }
    });
  }
});
