import { expect } from '@open-wc/testing';
import { FIVE_DS, parseOpen } from '../../src/five-ds/ids.js';

describe('five-ds parseOpen', () => {
  it('keeps the five Ds in the order they are taught', () => {
    expect([...FIVE_DS]).to.deep.equal(['distract', 'delegate', 'document', 'delay', 'direct']);
  });

  it('reads one D, several, all, and nothing', () => {
    expect([...parseOpen('delay').open]).to.deep.equal(['delay']);
    expect([...parseOpen(' Direct   DISTRACT ').open]).to.have.members(['direct', 'distract']);
    expect([...parseOpen('all').open]).to.deep.equal([...FIVE_DS]);
    expect(parseOpen(undefined).open.size).to.equal(0);
    expect(parseOpen(null).open.size).to.equal(0);
  });

  it('opens every D for a bare open attribute, like <details open>', () => {
    expect([...parseOpen('').open]).to.deep.equal([...FIVE_DS]);
    expect(parseOpen(' ').invalid).to.deep.equal([]);
  });

  it('reports the words that are not Ds', () => {
    expect(parseOpen('delay dance 3').invalid).to.deep.equal(['dance', '3']);
    expect([...parseOpen('delay dance').open]).to.deep.equal(['delay']);
  });
});
