import { expect } from '@open-wc/testing';
import { emptyPlan, getField, isANumber, isFilled, setField } from '../../src/response-plan/plan.js';

describe('response plan data', () => {
  it('accepts an A-number as A and 8 or 9 digits, with spaces or dashes, or empty', () => {
    for (const ok of ['A123456789', 'a12345678', '123456789', 'A 123-456-789', '', '  ']) expect(isANumber(ok), ok).to.equal(true);
    for (const bad of ['A1234567', 'A1234567890', 'B12345678', 'A12345678x', 'AA12345678']) expect(isANumber(bad), bad).to.equal(false);
  });

  it('sets only fields that exist, capped, without changing the original', () => {
    const plan = emptyPlan();
    const next = setField(plan, 'contacts.1.phone', '616-555-0142');
    expect(getField(next, 'contacts.1.phone')).to.equal('616-555-0142');
    expect(getField(plan, 'contacts.1.phone')).to.equal('');
    expect(getField(setField(plan, 'me.name', 'x'.repeat(900)), 'me.name')).to.have.length(500);
    expect(setField(plan, '__proto__.polluted', 'yes')).to.deep.equal(plan);
    expect(setField(plan, 'contacts.9.name', 'x')).to.deep.equal(plan);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(isFilled(next, plan)).to.equal(true);
    expect(isFilled(emptyPlan(), plan)).to.equal(false);
  });
});
