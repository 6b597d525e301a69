import { expect } from '@open-wc/testing';
import { CONTENT_DATE, formatDate, parseIsoDate } from '../../src/rights-card/content.js';
import { OFFICER_STATEMENT, SAY_EN, rightsPoints } from '../../src/rights-card/rights-card.content.js';

describe('rights-card content', () => {
  it('parses only real ISO calendar dates', () => {
    expect(parseIsoDate(CONTENT_DATE)!.toISOString()).to.equal('2026-11-30T00:00:00.000Z');
    expect(parseIsoDate(' 2024-02-29 ')!.getUTCDate()).to.equal(29);
    for (const bad of ['2025-02-29', '2026-13-01', '2026-11-31', '21/11/2026', '2026-1-5', '', 'soon', null, undefined]) {
      expect(parseIsoDate(bad), String(bad)).to.equal(null);
    }
  });

  it('formats a date in the page language, without a time-zone shift', () => {
    const date = parseIsoDate('2026-11-21')!;
    expect(formatDate(date, 'en')).to.equal('November 21, 2026');
    expect(formatDate(date, 'es')).to.equal('21 de noviembre de 2026');
  });

  it('has eleven points, each with a title and an explanation, and a five-line English officer statement', () => {
    const points = rightsPoints();
    expect(points).to.have.length(11);
    for (const { title, body } of points) {
      expect(title.length).to.be.greaterThan(5);
      expect(body.length).to.be.greaterThan(20);
    }
    expect(OFFICER_STATEMENT).to.have.length(5);
    expect(OFFICER_STATEMENT.join(' ')).to.match(/Fifth Amendment.*Fourth Amendment.*warrant signed by a judge, slide it under the door.*not sign.*lawyer/);
  });

  it('says what the 2025–26 practice and the law require, in plain words', () => {
    const text = rightsPoints()
      .map((p) => `${p.title} ${p.body}`)
      .join(' ');
    // Warrants: how to tell them apart, and what to do when agents claim an I-205 is enough.
    expect(text).to.contain('names a court and is signed by a judge').and.contain('Department of Homeland Security').and.contain('Talk through the closed door');
    expect(text).to.match(/I‑205 lets agents force the door.*do not fight them.*do not consent to a search.*badge numbers.*Tell a lawyer/);
    // Papers, name, border, car.
    expect(text).to.contain('Never say that you are a U.S. citizen').and.contain('must carry proof').and.contain('do not carry papers from another country');
    expect(text).to.contain('Some states require you to give your name');
    expect(text).to.contain('at airports and at checkpoints near the border').and.contain('I‑407');
    expect(text).to.contain('Keep your hands where the police can see them').and.contain('You may refuse a search of the car').and.contain('Passengers may ask if they are free to leave');
  });

  it('gives every line to say in English, beside the translation', () => {
    const says = rightsPoints().flatMap((p) => (p.say ? [p.say.en] : []));
    expect(says).to.deep.equal([SAY_EN.silent, SAY_EN.search, SAY_EN.lawyer, SAY_EN.leave]);
    expect(says).to.deep.equal(['I choose to remain silent.', 'I do not consent to a search.', 'I want to speak to a lawyer.', 'Am I free to leave?']);
  });
});
