import { expect } from '@open-wc/testing';
import { fold, matchesText, parseQuery, type Group } from '../../src/group-finder/search.js';

const group = (text: string) => ({ text: fold(text) }) as Group;
const finds = (query: string, text: string) => matchesText(group(text), parseQuery(query).needles);

describe('group finder search', () => {
  it('folds accents, case and punctuation into space-separated words', () => {
    expect(fold('  Iglesia San José — Grand-Rapids, MI ')).to.equal(' iglesia san jose grand rapids mi');
    expect(fold('Niño & Señora’s Café')).to.equal(' nino senora s cafe');
  });

  it('matches every word as a prefix of a word, ignoring accents and case', () => {
    expect(finds('igles', 'Iglesia San José')).to.equal(true);
    expect(finds('jose', 'Iglesia San José')).to.equal(true);
    expect(finds('JOSÉ igl', 'Iglesia San José')).to.equal(true);
    expect(finds('sia', 'Iglesia San José')).to.equal(false, 'middle of a word');
    expect(finds('jose maria', 'Iglesia San José')).to.equal(false, 'all words must match');
    expect(finds('', 'anything')).to.equal(true);
  });

  it('matches inside words for scripts written without spaces', () => {
    expect(finds('移民', '华人移民服务中心')).to.equal(true);
  });

  it('takes a 5-digit ZIP (or ZIP+4) out of the query', () => {
    expect(parseQuery(' 49503 ')).to.include({ zip: '49503', words: '' });
    expect(parseQuery('legal 78701-1234')).to.include({ zip: '78701', words: 'legal' });
    expect(parseQuery('legal 787')).to.include({ zip: '', words: 'legal' });
    expect(parseQuery('legal 787').needles).to.deep.equal([' legal', ' 787']);
    expect(parseQuery('legal 78701').needles).to.deep.equal([' legal']);
  });
});
