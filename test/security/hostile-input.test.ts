/**
 * Hostile input, found by a red-team pass against the built widgets: each case
 * here is something a hostile feed, attribute or query string could do, and
 * what the widget does instead.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/hotline/ally-hotline.js';
import '../../src/group-finder/ally-group-finder.js';
import type { AllyHotline } from '../../src/hotline/hotline.component.js';
import { buildVCard } from '../../src/hotline/vcard.js';
import { normalizePhone, phoneAttribute } from '../../src/internal/phone.js';
import { isPlainEmail, safeMailto, safeWebsite } from '../../src/internal/web-address.js';
import { normalizeGroups } from '../../src/group-finder/data.js';
import { parseQuery } from '../../src/group-finder/search.js';
import { suggestLink } from '../../src/group-finder/views.js';
import { embedElement } from '../../src/embed/embed.js';
import { captureConsole, fixtureIn, shadow } from '../helpers.js';

const part = <T extends Element = HTMLElement>(el: Element, name: string) => shadow(el).querySelector<T>(`[part~="${name}"]`);

describe('hostile input', () => {
  describe('lengths are capped before any check', () => {
    it('drops a feed website, e-mail or phone longer than any real one, and counts it', () => {
      const { groups, problems } = normalizeGroups([
        { name: 'Long links', website: `https://example.org/${'a'.repeat(2100)}`, email: `${'a'.repeat(300)}@example.org`, phone: `616-555-0142${' '.repeat(100)}x1` },
      ]);
      expect(groups[0].website).to.equal(undefined);
      expect(groups[0].email).to.equal(undefined);
      expect(groups[0].phone).to.equal(undefined);
      expect(problems).to.contain('website').and.contain('email').and.contain('phone');
    });

    it('cuts a name or description longer than any real one, and counts it', () => {
      const { groups, problems } = normalizeGroups([{ name: 'N'.repeat(1_000_000), description: 'd'.repeat(100_000), city: 'c'.repeat(10_000) }]);
      expect(groups[0].name.length).to.be.at.most(200);
      expect(groups[0].description.length).to.be.at.most(2000);
      expect(groups[0].city.length).to.be.at.most(100);
      expect(groups[0].text.length).to.be.below(3000);
      expect(problems).to.contain('name (longer than');
    });

    it('refuses a website or e-mail address longer than 2,000 characters wherever it comes from', () => {
      const long = `https://example.org/${'a'.repeat(2000)}`;
      expect(safeWebsite(long)).to.equal(undefined);
      expect(suggestLink(long)).to.equal(undefined);
      expect(safeMailto(`${'a'.repeat(2000)}@example.org`)).to.equal(undefined);
      expect(safeWebsite(`https://example.org/${'a'.repeat(1900)}`)).to.match(/^https:\/\/example\.org\/a+$/);
    });

    it('reads at most 200 characters of a search', () => {
      const q = parseQuery(`legal ${'x'.repeat(100_000)}`);
      expect(q.words.length).to.be.at.most(200);
      expect(q.needles.join('').length).to.be.at.most(202);
    });

    it('still accepts real websites and addresses', () => {
      const { groups, problems } = normalizeGroups([
        { name: 'A', website: 'https://www.example.org/path?x=1#top', email: 'first.last+tag@sub.example.org' },
        { name: 'B', website: 'example.org/b', email: 'mailto:hola@example.org' },
      ]);
      expect(problems).to.equal('');
      expect(groups.map((g) => [g.website, g.email])).to.deep.equal([
        ['https://www.example.org/path?x=1#top', 'first.last+tag@sub.example.org'],
        ['example.org/b', 'hola@example.org'],
      ]);
    });

    it('refuses websites that are not web addresses', () => {
      const { groups } = normalizeGroups(['https://', 'https://a x', `https://${'a'.repeat(1500)} x`, 'ftp://example.org', 'javascript:alert(1)', 'example', 'https:///x'].map((website) => ({ name: 'A', website })));
      expect(groups.map((g) => g.website)).to.deep.equal(Array(7).fill(undefined));
    });
  });

  describe('feed e-mail', () => {
    it('is a plain address only: no ?cc=, no hidden recipients, no parameters', () => {
      for (const bad of ['a@b.co?cc=x@y.z', 'a@b.co?subject=Hi', 'a@b.co?body=x', 'a@b.co?bcc=x@y.z', 'a@b.co&cc=x@y.z', 'a@b.co,x@y.z', 'a@b.co;x@y.z', 'a%40b@c.co', 'a@b.co%3Fcc=x', 'a@b@c.co', 'a@b.co/x', 'a@.co', 'a@b.', '@b.co']) {
        expect(isPlainEmail(bad), bad).to.equal(false);
        expect(safeMailto(bad), bad).to.equal(undefined);
        expect(normalizeGroups([{ name: 'A', email: bad }]).groups[0].email, bad).to.equal(undefined);
      }
      expect(safeMailto('help@example.org')).to.equal('mailto:help@example.org');
    });
  });

  describe('phone numbers show the digits dialled', () => {
    it('shows a vanity number with its digits: 1-800-FLOWERS (1-800-356-9377)', () => {
      expect(normalizePhone('1-800-FLOWERS')).to.include({ display: '1-800-FLOWERS (1-800-356-9377)', dial: '+18003569377' });
      expect(normalizePhone('800 GO FEDEX')).to.include({ display: '800 GO FEDEX (800-463-3339)', dial: '+18004633339' });
    });

    it('refuses letters mixed into the last four digits, with the usual console error', () => {
      for (const bad of ['616-555-Ol42', '616-555-O142', '616-555-01l2', '6165550l42', '1-800-FLOWER5']) expect(normalizePhone(bad), bad).to.equal(null);
      const el = document.createElement('ally-hotline');
      const errors: string[] = [];
      const error = console.error;
      console.error = (m: string) => errors.push(m);
      try {
        expect(phoneAttribute(el, 'number', '616-555-Ol42')).to.equal(null);
      } finally {
        console.error = error;
      }
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<ally-hotline>: number="616-555-Ol42"');
    });

    it('the hotline shows the dialled digits beside a vanity number', async () => {
      const el = await fixtureIn<AllyHotline>(html`<ally-hotline number="1-800-FLOWERS"></ally-hotline>`);
      expect(part(el, 'number')!.textContent).to.equal('1-800-FLOWERS (1-800-356-9377)');
      expect(part(el, 'call')!.getAttribute('href')).to.equal('tel:+18003569377');
    });
  });

  describe('vCard', () => {
    const breaks: [string, string][] = [
      ['CR', '\r'],
      ['LF', '\n'],
      ['CRLF', '\r\n'],
      ['vertical tab', '\v'],
      ['form feed', '\f'],
      ['NEL (U+0085)', '\u0085'],
      ['line separator (U+2028)', '\u2028'],
      ['paragraph separator (U+2029)', '\u2029'],
    ];
    for (const [name, br] of breaks) {
      it(`escapes a ${name} in org and hours, so no field can be added`, () => {
        const card = buildVCard({ name: 'x', org: `Org${br}TEL:+19005550000`, note: `9-5${br}URL:https://evil.example/` });
        const lines = card.split('\r\n');
        expect(lines).to.include('ORG:Org\\nTEL:+19005550000');
        expect(lines).to.include('NOTE:9-5\\nURL:https://evil.example/');
        expect(card.replace(/\r\n/g, '')).to.not.match(/[\r\n\v\f\u0085\u2028\u2029]/);
        expect(lines.filter((l) => /^(TEL|URL)/.test(l))).to.deep.equal([]);
      });
    }
  });

  describe('accent', () => {
    it('refuses var(), url() and anything else that is not a plain colour, with a warning', async () => {
      for (const bad of ['var(--x, url(https://other.example/pixel))', 'var(--x)', 'red url(x)', 'rgb(var(--r), 0, 0)', 'env(safe-area-inset-top)', 'attr(data-x)', `#${'f'.repeat(5000)}`]) {
        let el!: AllyHotline;
        const warnings = await captureConsole('warn', async () => {
          el = await fixtureIn<AllyHotline>(html`<ally-hotline accent=${bad}></ally-hotline>`);
        });
        expect(warnings.join('\n'), bad).to.contain('accent=');
        expect(part(el, 'base')!.style.getPropertyValue('--ally-accent'), bad).to.equal('');
        el.remove();
      }
    });

    it('uses the computed colour, not the text as written', async () => {
      const el = await fixtureIn<AllyHotline>(html`<ally-hotline accent="rebeccapurple"></ally-hotline>`);
      expect(part(el, 'base')!.style.getPropertyValue('--ally-accent')).to.equal('rgb(102, 51, 153)');
      el.setAttribute('accent', 'hsl(0 100% 50%)');
      await el.updateComplete;
      expect(part(el, 'base')!.style.getPropertyValue('--ally-accent')).to.equal('rgb(255, 0, 0)');
    });

    it('is the colour as given even while Windows forced-colours mode is on (it may be turned off later)', async () => {
      await executeServerCommand('ally-forced-colors', { value: 'active' });
      try {
        const el = await fixtureIn<AllyHotline>(html`<ally-hotline accent="rebeccapurple"></ally-hotline>`);
        expect(part(el, 'base')!.style.getPropertyValue('--ally-accent')).to.equal('rgb(102, 51, 153)');
      } finally {
        await executeServerCommand('ally-forced-colors', { value: 'none' });
      }
    });
  });

  describe('search box', () => {
    it('takes at most 200 characters', async () => {
      const el = await fixtureIn<HTMLElement>(html`<ally-group-finder><script type="application/json">[{"name":"A"}]</script></ally-group-finder>`);
      expect(part<HTMLInputElement>(el, 'input')!.maxLength).to.equal(200);
      el.remove();
    });
  });

  describe('ally-search', () => {
    it('carries no ZIP-like or coordinate-like token, however many', () => {
      for (const [typed, words] of [
        ['49503 49504 zip:49503', ''],
        ['legal 49503 49504', 'legal'],
        ['legal 42.9634,-85.6681', 'legal'],
        ['42.96 -85.67 iglesia', 'iglesia'],
        ['legal (49503) 49503-1234 zip=49503', 'legal'],
        ['4 9 5 0 3 bail', 'bail'],
        ['42°57′N 85°40′W legal', 'legal'],
        ['４９５０３ legal', 'legal'],
      ]) {
        expect(parseQuery(typed).words, typed).to.equal(words);
      }
    });
  });

  describe('embed.html', () => {
    for (const widget of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      it(`widget=${widget} is "not a widget", not a TypeError`, () => {
        const made = embedElement(`?widget=${widget}`);
        expect('error' in made ? made.error : `made <${made.widget}>`).to.contain('is not one of');
      });
    }
  });
});

describe('embed.html height messages', () => {
  it('go only to the embedding page’s origin when it is known', async () => {
    const { embedTargetOrigin } = await import('../../src/embed/embed.js');
    expect(embedTargetOrigin({ ancestorOrigins: ['https://partner.example'] as unknown as DOMStringList }, '')).to.equal('https://partner.example');
    expect(embedTargetOrigin({}, 'https://partner.example/page?q=1')).to.equal('https://partner.example');
    expect(embedTargetOrigin({ ancestorOrigins: [] as unknown as DOMStringList }, '')).to.equal('*');
    expect(embedTargetOrigin({ ancestorOrigins: ['null'] as unknown as DOMStringList }, 'about:blank')).to.equal('*');
  });

  it('round heights to 50 px, so they do not mirror the results one by one', async () => {
    const { embedHeight } = await import('../../src/embed/embed.js');
    expect([1, 49.2, 50, 50.5, 248, 812.4].map(embedHeight)).to.deep.equal([50, 50, 50, 100, 250, 850]);
  });
});

describe('README security notes', () => {
  it('tell partners to write < as \\u003c in inline JSON, which then shows as written', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.contain('write every `<` as `\\u003c`');
    const host = document.createElement('div');
    // What a partner pastes: the name holds "</script>", written as \u003c/script>.
    const json = JSON.stringify([{ name: 'A </script><b>B</b>' }]).replace(/</g, '\\u003c');
    const finder = document.createElement('ally-group-finder');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    finder.append(script);
    host.append(finder);
    document.body.append(host);
    try {
      await waitUntil(() => shadow(finder).querySelector('[part~="result-name"]'), 'no result', { timeout: 5000 });
      expect(shadow(finder).querySelector('[part~="result-name"]')!.textContent!.trim()).to.equal('A </script><b>B</b>');
    } finally {
      host.remove();
    }
  });

  it('name the Trusted Types policy to allow, and the console message when it is refused', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.contain("trusted-types lit-html 'allow-duplicates'");
    expect(readme).to.contain('refused the Trusted Types policy "lit-html"');
  });
});
