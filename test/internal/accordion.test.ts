import { expect } from '@open-wc/testing';
import { toggleSection } from '../../src/internal/accordion.js';

describe('toggleSection (the shared accordion’s open sections)', () => {
  it('flips a section, or sets it with force, without changing the set it was given', () => {
    const opened = new Set(['a']);
    expect([...toggleSection(opened, 'b')!]).to.deep.equal(['a', 'b']);
    expect([...toggleSection(opened, 'a')!]).to.deep.equal([]);
    expect([...toggleSection(opened, 'b', true)!]).to.deep.equal(['a', 'b']);
    expect([...opened]).to.deep.equal(['a']);
  });

  it('returns undefined when the section is already in the wanted state', () => {
    expect(toggleSection(new Set(['a']), 'a', true)).to.equal(undefined);
    expect(toggleSection(new Set<string>(), 'a', false)).to.equal(undefined);
  });
});
