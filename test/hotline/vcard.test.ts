import { expect } from '@open-wc/testing';
import { buildVCard } from '../../src/hotline/vcard.js';

describe('buildVCard', () => {
  it('makes a vCard 3.0 with the name, organisation, number and hours', () => {
    const card = buildVCard({ name: 'United We Dream hotline', org: 'United We Dream', tel: '+18443631423', sms: '877877', note: 'Open 24/7' });
    expect(card.split('\r\n')).to.deep.equal([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:United We Dream hotline',
      'N:United We Dream hotline;;;;',
      'ORG:United We Dream',
      'TEL;TYPE=VOICE:+18443631423',
      'TEL;TYPE=TEXT:877877',
      'NOTE:Open 24/7',
      'END:VCARD',
      '',
    ]);
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    const card = buildVCard({ name: 'Rapid response; GR, MI', note: 'Mon–Fri\nand weekends \\ holidays' });
    expect(card).to.contain('FN:Rapid response\\; GR\\, MI');
    expect(card).to.contain('NOTE:Mon–Fri\\nand weekends \\\\ holidays');
    expect(card).not.to.contain('TEL');
  });

  it('writes an extension the way contacts apps dial it', () => {
    expect(buildVCard({ name: 'x', tel: '+16165550142;ext=12' })).to.contain('TEL;TYPE=VOICE:+16165550142,12');
  });
});
