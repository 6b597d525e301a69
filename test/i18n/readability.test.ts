import { expect } from '@open-wc/testing';
import { grade, sentences, syllables, words } from './readability.js';
import { OFFICER_STATEMENT } from '../../src/rights-card/rights-card.content.js';

/** Every English source string of every widget, from the XLIFF sources. */
async function englishSources(): Promise<{ id: string; text: string }[]> {
  const xml = new DOMParser().parseFromString(await (await fetch('/xliff/es.xlf')).text(), 'application/xml');
  return [...xml.getElementsByTagName('trans-unit')]
    .filter((u) => /^(rightsCard|fiveDs|common|waysToHelp|report|responsePlan|hotline|groupFinder)\./.test(u.getAttribute('id')!))
    .map((u) => {
      const source = u.getElementsByTagName('source')[0].cloneNode(true) as Element;
      // A placeholder (a date, a hotline label) reads as one short word.
      for (const x of [...source.getElementsByTagName('x')]) x.replaceWith('Name');
      return { id: u.getAttribute('id')!, text: source.textContent! };
    });
}

describe('reading level (Flesch–Kincaid grade, English)', () => {
  it('counts syllables and grades sentences the usual way', () => {
    expect(['you', 'silent', 'lawyer', 'immigration', 'homeland', 'license', 'table'].map(syllables)).to.deep.equal([1, 2, 2, 4, 2, 2, 2]);
    expect(grade('Do not open the door.')).to.be.below(1);
    // The old door sentence the review measured at grade 12.
    expect(grade('An ICE administrative warrant (form I‑200 or I‑205) is signed by an immigration officer, not a judge: it does not allow them to enter your home.')).to.be.above(11);
    expect(sentences('Say: “I choose to remain silent.” If they search anyway, do not resist.')).to.have.length(3);
  });

  it('keeps every sentence a visitor or an ally reads, in every widget, at grade 8 or below', async () => {
    const sources = await englishSources();
    expect(sources.length).to.be.greaterThan(60);
    const hard: string[] = [];
    // Labels ("Show to officer", "Delegate") are not sentences: only text ending in . ! or ? is graded.
    // Nor are sentences under six words ("Every question is optional."): one long word sets their grade.
    for (const { id, text } of sources) {
      for (const sentence of sentences(text).filter((s) => /[.!?][”"’)]?$/.test(s) && words(s).length >= 6)) {
        const g = grade(sentence);
        if (g > 8) hard.push(`${id} (grade ${g.toFixed(1)}): ${sentence}`);
      }
    }
    expect(hard, hard.join('\n')).to.deep.equal([]);
  });

  it('keeps the English statement for the officer plain too', () => {
    const hard = OFFICER_STATEMENT.flatMap(sentences).filter((s) => grade(s) > 8 && !/Amendment/.test(s));
    expect(hard).to.deep.equal([]);
  });
});
