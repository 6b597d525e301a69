import { expect } from '@open-wc/testing';
import { MESSAGE_IDS } from '../../src/generated/message-ids.js';
import { SHIPPED_LOCALES } from '../../src/internal/localization.js';
import { nativeName } from '../../src/internal/languages.js';

interface Unit {
  id: string;
  source: Element;
  target: Element | null;
}

async function units(locale: string): Promise<Unit[]> {
  const text = await (await fetch(`/xliff/${locale}.xlf`)).text();
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.querySelector('parsererror'), `${locale}.xlf is not valid XML`).to.equal(null);
  return [...doc.getElementsByTagName('trans-unit')].map((u) => ({
    id: u.getAttribute('id')!,
    source: u.getElementsByTagName('source')[0],
    target: u.getElementsByTagName('target')[0] ?? null,
  }));
}

/** The placeholders a message uses (by index; a translation may move them, never drop or add one). */
const placeholders = (el: Element | null) =>
  [...(el?.getElementsByTagName('x') ?? [])].map((x) => x.getAttribute('id')).sort();

const config = await (await fetch('/lit-localize.json')).json();

describe('translations are complete', () => {
  it('the source has messages', () => {
    expect(MESSAGE_IDS.length).to.be.greaterThan(20);
  });

  for (const locale of config.targetLocales as string[]) {
    describe(`${locale} (${nativeName(locale)})`, () => {
      it('has exactly the source’s messages: none missing, none left over', async () => {
        const ids = (await units(locale)).map((u) => u.id);
        expect([...ids].sort()).to.deep.equal([...MESSAGE_IDS].sort());
      });

      it('translates every message, keeping every placeholder', async () => {
        const untranslated: string[] = [];
        const broken: string[] = [];
        for (const unit of await units(locale)) {
          if (!unit.target || !unit.target.textContent!.trim()) untranslated.push(unit.id);
          else if (JSON.stringify(placeholders(unit.source)) !== JSON.stringify(placeholders(unit.target))) broken.push(unit.id);
        }
        expect(untranslated, `untranslated in ${locale}`).to.deep.equal([]);
        expect(broken, `placeholders changed in ${locale}`).to.deep.equal([]);
      });

      it('is offered in the language menu', () => {
        expect(SHIPPED_LOCALES).to.include(locale);
      });
    });
  }
});
