import { expect } from '@open-wc/testing';
import { parseCsv } from '../../src/group-finder/csv.js';
import { detectFormat, fieldName, loadGroups, normalizeGroups, parseFeed, stateCode } from '../../src/group-finder/data.js';
import { DEFAULT_GROUPS } from '../../src/group-finder/default-groups.js';
import { withTimeoutsDue } from '../fake-clock.js';
import { captureConsole } from '../helpers.js';

describe('group finder data', () => {
  describe('CSV', () => {
    it('handles a BOM, CRLF, quoted commas, quotes and line breaks, and blank rows', () => {
      const rows = parseCsv('\uFEFFname,description,city\r\n"Iglesia, San José","Say ""hola""","Line 1\r\nLine 2"\r\n\r\n,,\r\nLast,,Tucson');
      expect(rows).to.deep.equal([
        { name: 'Iglesia, San José', description: 'Say "hola"', city: 'Line 1\r\nLine 2' },
        { name: 'Last', description: '', city: 'Tucson' },
      ]);
    });

    it('fills missing trailing cells and ignores a header-less extra cell', () => {
      expect(parseCsv('name,city\nA\nB,X,extra')).to.deep.equal([
        { name: 'A', city: '' },
        { name: 'B', city: 'X' },
      ]);
    });

    it('refuses a file without a name column (an HTML page, the wrong sheet)', () => {
      expect(() => parseCsv('<!doctype html>\n<p>hello')).to.throw(/no "name" column/);
    });
  });

  describe('formats', () => {
    it('detects JSON or CSV from the content type, the file name, then the first character', () => {
      expect(detectFormat('name\nA', 'application/json')).to.equal('json');
      expect(detectFormat('[]', 'text/csv; charset=utf-8')).to.equal('csv');
      expect(detectFormat('x', '', new URL('https://x.test/a/groups.json'))).to.equal('json');
      expect(detectFormat('x', 'text/plain', new URL('https://docs.google.com/spreadsheets/d/e/ID/pub?gid=0&single=true&output=csv'))).to.equal('csv');
      expect(detectFormat('\uFEFF [{"name":"A"}]', 'application/octet-stream', new URL('https://x.test/feed'))).to.equal('json');
      expect(detectFormat('name,city', '', new URL('https://x.test/feed'))).to.equal('csv');
    });

    it('reads a JSON array or { "groups": [...] } and explains anything else', async () => {
      expect(await parseFeed('[{"name":"A"}]', 'json')).to.have.length(1);
      expect(await parseFeed('{"groups":[{"name":"A"},{"name":"B"}]}', 'json')).to.have.length(2);
      await parseFeed('{"name":"A"}', 'json').then(
        () => expect.fail('should throw'),
        (e: Error) => expect(e.message).to.contain('not a JSON array'),
      );
      await parseFeed('[{"name": "Unclosed', 'json').then(
        () => expect.fail('should throw'),
        (e: Error) => expect(e.message).to.contain('not valid JSON'),
      );
    });

    it('matches column names without regard to case, spaces or hyphens, with common aliases', () => {
      expect(['Name', ' Immigrant led ', 'immigrant-led', 'Latitude', 'ZIP code', 'URL'].map(fieldName)).to.deep.equal([
        'name',
        'immigrant_led',
        'immigrant_led',
        'lat',
        'zip',
        'website',
      ]);
    });
  });

  describe('cleaning rows', () => {
    it('keeps every field, cleaned', () => {
      const { groups, problems } = normalizeGroups([
        {
          Name: ' Iglesia San José ',
          description: 'Acompañamiento',
          city: 'Grand Rapids',
          state: 'Michigan',
          zip: '4950',
          lat: '42.96',
          lng: -85.67,
          phone: '(616) 555-0142',
          hotline: '1-844-363-1423',
          email: 'mailto:hola@example.org',
          website: 'www.example.org/sanjose',
          services: 'Sanctuary; accompaniment;legal aid',
          languages: 'es;EN;Tiếng Việt;Haitian Creole',
          immigrant_led: 'Sí',
          national: 'no',
          verified: '11/21/2026',
        },
      ]);
      expect(problems).to.equal('');
      const g = groups[0];
      expect(g).to.deep.include({ name: 'Iglesia San José', state: 'MI', zip: '04950', lat: 42.96, lng: -85.67, immigrantLed: true, national: false, verified: '2026-11-21' });
      expect(g.phone!.tel).to.equal('tel:+16165550142');
      expect(g.hotline!.display).to.equal('1-844-363-1423');
      expect(g.email).to.equal('hola@example.org');
      expect(g.website).to.equal('www.example.org/sanjose');
      expect(g.services).to.deep.equal(['legal', 'accompaniment', 'sanctuary']);
      expect(g.languages).to.deep.equal(['es', 'en', 'vi', 'ht']);
      expect(g.text).to.equal(' iglesia san jose acompanamiento grand rapids mi michigan legal accompaniment sanctuary');
    });

    it('reads booleans as true/false/yes/no/1/0', () => {
      const led = ['true', 'TRUE', 'yes', 'Y', '1', true, 1, 'false', 'no', '0', '', 0, false].map(
        (v) => normalizeGroups([{ name: 'A', immigrant_led: v }]).groups[0].immigrantLed,
      );
      expect(led).to.deep.equal([true, true, true, true, true, true, true, false, false, false, false, false, false]);
    });

    it('skips rows without a name and counts every problem in one summary', () => {
      const { groups, problems } = normalizeGroups([
        { name: 'Good', website: 'javascript:alert(1)', phone: 'call us', email: 'nope', services: 'legal;karaoke', languages: 'es;!!', lat: '95', lng: '0', verified: 'soon' },
        { name: '  ', city: 'Nowhere' },
        { description: 'no name at all' },
        'a string',
        null,
        ['an', 'array'],
      ]);
      expect(groups).to.have.length(1);
      const g = groups[0];
      expect(g.website).to.equal(undefined);
      expect(g.phone).to.equal(undefined);
      expect(g.email).to.equal(undefined);
      expect(g.services).to.deep.equal(['legal', 'other']);
      expect(g.languages).to.deep.equal(['es']);
      expect(g.lat).to.equal(undefined);
      expect(g.verified).to.equal('');
      expect(problems).to.contain('skipped 5 of 6 rows (no name: 2; not an object: 3)');
      for (const reason of ['website (not an http: or https: link): 1', 'phone (cannot be dialled): 1', 'email (not an address): 1', 'services (unknown, shown as "other"): 1', 'languages (not a BCP 47 code): 1', 'lat/lng', 'verified']) {
        expect(problems).to.contain(reason);
      }
    });

    it('drops a javascript:, data: or relative website, and keeps HTML as plain text', () => {
      const sites = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' data:text/html,<b>x</b>', '/relative', 'ftp://example.org', 'http://ok.example.org', 'example.org/x'];
      const out = normalizeGroups(sites.map((website) => ({ name: '<img src=x onerror=alert(1)>', website }))).groups;
      expect(out.map((g) => g.website)).to.deep.equal([undefined, undefined, undefined, undefined, undefined, 'http://ok.example.org', 'example.org/x']);
      expect(out[0].name).to.equal('<img src=x onerror=alert(1)>');
    });

    it('knows states by code and by name', () => {
      expect(['tx', 'Texas', 'new york', 'Puerto Rico', 'Ontario'].map(stateCode)).to.deep.equal(['TX', 'TX', 'NY', 'PR', 'Ontario']);
    });

    it('ships a default list of national organisations, every one valid, with links only to http(s)', () => {
      const { groups, problems } = normalizeGroups(DEFAULT_GROUPS);
      expect(problems).to.equal('');
      expect(groups.length).to.equal(DEFAULT_GROUPS.length);
      expect(groups.filter((g) => g.national).length).to.be.at.least(12);
      for (const g of groups) {
        expect(g.website, g.name).to.match(/^https:\/\//);
        expect(g.verified).to.equal('2026-11-30');
      }
      expect(groups.find((g) => g.name === 'United We Dream')!.hotline!.tel).to.equal('tel:+18443631423');
    });
  });

  describe('loading', () => {
    // Generous: only the timeout case below reaches it, and there the fake clock makes it due at once.
    const load = (src: string, timeout = 60_000) => loadGroups({ src, timeout, tag: 'ally-group-finder' });

    it('loads a Google-Sheets-style CSV (no file extension, text/csv)', async () => {
      let result!: Awaited<ReturnType<typeof load>>;
      const warnings = await captureConsole('warn', async () => (result = await load('/test-feed/sheet')));
      expect(result.failed).to.equal(undefined);
      expect(result.groups.map((g) => g.name)).to.deep.equal(['Iglesia San José, Grand Rapids', 'Make the "Road" Project', 'Line one\nline two']);
      expect(result.states).to.deep.equal(['AZ', 'MI', 'NY']);
      // One warning names the column it does not use, one counts the rows and values it left out.
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('this column was not used: "Extra column"');
      expect(warnings[1]).to.contain('src="/test-feed/sheet"').and.contain('skipped 1 of 4 rows (no name: 1)').and.contain('website (not an http: or https: link): 1');
    });

    it('detects JSON and CSV served without a useful content type', async () => {
      expect((await load('/test-feed/unlabelled')).groups).to.have.length(3);
      expect((await load('/test-feed/unlabelled?json=1')).groups).to.have.length(3);
    });

    for (const [src, reason] of [
      ['/test-feed/not-found', 'answered HTTP 404'],
      ['/test-feed/bad.json', 'is not valid JSON'],
      ['/test-feed/slow.json?ms=2000', 'did not answer within 60 s'],
      ['/test-feed/oversize.csv', 'is larger than 5 MB'],
      ['/test-feed/page.html', 'is a web page'],
      ['/test-feed/empty.json', 'has no rows'],
      ['http://127.0.0.1:1/closed.json', 'could not be reached'],
      ['javascript:alert(1)', 'is not an http: or https: address'],
    ]) {
      it(`falls back to the default list when the feed ${reason}`, async () => {
        let result!: Awaited<ReturnType<typeof load>>;
        const run = async () => (result = await load(src));
        // The slow feed never answers in time: the fake clock makes its timeout due at once.
        const warnings = await captureConsole('warn', () => (src.includes('slow') ? withTimeoutsDue(60_000, run) : run()));
        expect(result.failed).to.equal(true);
        expect(result.groups.length).to.equal(DEFAULT_GROUPS.length);
        expect(warnings.join('\n')).to.contain(reason).and.contain('default list');
      });
    }
  });
});
