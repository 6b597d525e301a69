import { expect } from '@open-wc/testing';
import { CONTENT_DATE, OFFICER_STATEMENT, formatDate, parseIsoDate, rightsPoints } from '../../src/rights-card/content.js';

describe('rights-card content', () => {
  it('parses only real ISO calendar dates', () => {
    expect(parseIsoDate(CONTENT_DATE)!.toISOString()).to.equal('2026-11-21T00:00:00.000Z');
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

  it('has nine points, each with a title and an explanation, and a four-line English officer statement', () => {
    const points = rightsPoints();
    expect(points).to.have.length(9);
    for (const [title, body] of points) {
      expect(title.length).to.be.greaterThan(5);
      expect(body.length).to.be.greaterThan(20);
    }
    expect(OFFICER_STATEMENT).to.have.length(4);
    expect(OFFICER_STATEMENT.join(' ')).to.match(/Fifth Amendment.*Fourth Amendment.*not sign.*lawyer/);
  });
});
