import { expect } from '@open-wc/testing';
import { parseTopics, partnerLink } from '../../src/ways-to-help/topics.js';

describe('ways-to-help topics and links', () => {
  it('parseTopics keeps the partner’s order, once each, and reports unknown words', () => {
    expect(parseTopics('Training legal  training')).to.deep.equal({ topics: ['training', 'legal'], invalid: [] });
    expect(parseTopics('all')).to.deep.equal({ topics: ['listen', 'legal', 'volunteer', 'advocate', 'training'], invalid: [] });
    expect(parseTopics('legal sports')).to.deep.equal({ topics: ['legal'], invalid: ['sports'] });
    expect(parseTopics(undefined)).to.deep.equal({ topics: [], invalid: [] });
  });

  it('partnerLink accepts web addresses and paths on the partner’s site, never other schemes', () => {
    expect(partnerLink('https://example.org/join')).to.equal('https://example.org/join');
    expect(partnerLink(' http://example.org ')).to.equal('http://example.org/');
    expect(partnerLink('example.org/volunteer')).to.equal('https://example.org/volunteer');
    expect(partnerLink('/volunteer')).to.equal(new URL('/volunteer', location.href).href);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'tel:+16165550142', 'mailto:a@example.org', 'call us', '', '   ', undefined]) {
      expect(partnerLink(bad), String(bad)).to.equal(undefined);
    }
  });

  it('partnerLink with mail also accepts an e-mail address, as a mailto: link', () => {
    expect(partnerLink('help@example.org', true)).to.equal('mailto:help@example.org');
    expect(partnerLink('mailto:help@example.org', true)).to.equal('mailto:help@example.org');
    expect(partnerLink('https://example.org/contact', true)).to.equal('https://example.org/contact');
    expect(partnerLink('help@', true)).to.equal(undefined);
    expect(partnerLink('javascript:alert(1)', true)).to.equal(undefined);
    expect(partnerLink('help@example.org')).to.equal(undefined);
  });
});
