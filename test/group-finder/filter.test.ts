import { expect } from '@open-wc/testing';
import { filterGroups, type Filters } from '../../src/group-finder/filter.js';
import { fold, parseQuery, type Group } from '../../src/group-finder/search.js';

const group = (name: string, more: Partial<Group> = {}): Group => ({
  name,
  description: '',
  city: '',
  state: 'TX',
  zip: '',
  services: [],
  languages: [],
  lang: 'en',
  immigrantLed: false,
  national: false,
  verified: '',
  text: fold(name),
  ...more,
});
const none: Filters = { state: '', services: [], language: '', immigrantLedOnly: false };
const names = (groups: readonly Group[]) => groups.map((g) => g.name);

describe('filterGroups', () => {
  const groups = [
    group('Austin Legal Aid', { services: ['legal'], languages: ['es-MX', 'en'] }),
    group('Houston Bail Fund', { services: ['bail-fund'], immigrantLed: true }),
    group('Detroit Mutual Aid', { state: 'MI', services: ['mutual-aid', 'food'], languages: ['ar'] }),
    group('United We Dream', { state: '', national: true, services: ['rapid-response'] }),
  ];

  it('keeps every group, in order, with no words and no filters', () => {
    expect(names(filterGroups(groups, [], none))).to.deep.equal(names(groups));
  });

  it('needs every search word', () => {
    expect(names(filterGroups(groups, parseQuery('aid austin').needles, none))).to.deep.equal(['Austin Legal Aid']);
  });

  it('matches any wanted service, a language with its regional forms, and immigrant-led only', () => {
    expect(names(filterGroups(groups, [], { ...none, services: ['food', 'legal'] }))).to.deep.equal(['Austin Legal Aid', 'Detroit Mutual Aid']);
    expect(names(filterGroups(groups, [], { ...none, language: 'es' }))).to.deep.equal(['Austin Legal Aid']);
    expect(names(filterGroups(groups, [], { ...none, immigrantLedOnly: true }))).to.deep.equal(['Houston Bail Fund']);
  });

  it('with a state, lists that state’s groups, then the national organisations', () => {
    expect(names(filterGroups(groups, [], { ...none, state: 'MI' }))).to.deep.equal(['Detroit Mutual Aid', 'United We Dream']);
  });
});
