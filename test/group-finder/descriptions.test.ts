import { expect } from '@open-wc/testing';
import { DEFAULT_GROUPS } from '../../src/group-finder/default-groups.js';
import { DESCRIPTION_LOCALES } from '../../src/group-finder/descriptions.js';
import { SHIPPED_LOCALES } from '../../src/internal/localization.js';

describe('bundled groups in every shipped language', () => {
  it('every shipped language but English has a table', () => {
    expect([...DESCRIPTION_LOCALES].sort()).to.deep.equal(SHIPPED_LOCALES.filter((l) => l !== 'en').sort());
  });
  for (const locale of DESCRIPTION_LOCALES) {
    it(`${locale}: a translation of every bundled group's description, and of nothing else`, async () => {
      const table = (await import(`../../src/group-finder/descriptions/${locale}.ts`)).default as Record<string, string>;
      const described = DEFAULT_GROUPS.filter((g) => g.description).map((g) => g.name);
      expect(Object.keys(table).sort(), 'names (a renamed group needs its translations moved)').to.deep.equal([...described].sort());
      for (const g of DEFAULT_GROUPS) {
        if (!g.description) continue;
        const text = table[g.name];
        expect(text.length, `${g.name}: empty`).to.be.greaterThan(20);
        expect(text, `${g.name}: still English`).not.to.equal(g.description);
      }
    });
  }
});
