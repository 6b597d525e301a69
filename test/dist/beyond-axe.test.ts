/**
 * Accessibility that axe-core does not check, with the built dist/ in a partner
 * page: quiet and true announcements, text that grows and takes the visitor's
 * text spacing, accents that keep outlines visible, and the smaller points
 * (no empty regions, clean accessible names without direction characters,
 * the card's band in forced colours, a 44 px "Is your group missing?" link,
 * Escape closing disclosures).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CASES, type WidgetCase } from './widget-cases.js';
import { deepElements, definedTags, describeNode, forEachCase, openPage, overflowing, rendered, settle, type Page } from './harness.js';
import { parseRgb } from '../../src/internal/contrast.js';
import { contrast } from '../../src/internal/accent-line.js';

const defined = await definedTags();
const byId = (id: string) => CASES.find((c) => c.id === id)!;

/** Adds a widget to an open page the way a partner writes it, and waits for it to render. */
async function add(page: Page, tag: string, attrs: Record<string, string>, lang = 'en'): Promise<HTMLElement> {
  const el = page.doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  page.doc.querySelector('main')!.append(el);
  await rendered(el, lang);
  return el;
}

const shadowPart = (el: HTMLElement, part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);
const liveText = (el: HTMLElement, selector = '[role="status"], [aria-live]') =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.trim()).join(' ').trim();

/** Elements with text of their own that show. */
function textElements(el: HTMLElement): HTMLElement[] {
  return deepElements(el.shadowRoot!).filter(
    (node) => [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && node.getClientRects().length > 0 && !node.closest('.visually-hidden, [aria-hidden="true"]'),
  );
}

describe('text grows with the visitor (WCAG 1.4.4, 1.4.12)', () => {
  forEachCase(
    defined,
    (c) => `${c.id}: a 48 px root font size makes 48 px text (no cap)`,
    async (c) => {
      const page = await openPage('widgets.csp.html', [c], { css: ['huge-root'], width: 1400, height: 900 });
      try {
        const base = shadowPart(page.widgets[0], 'base')!;
        expect(parseFloat(page.win.getComputedStyle(base).fontSize)).to.equal(48);
      } finally {
        page.close();
      }
    },
    CASES.filter((c) => ['hotline-button', 'five-ds-accordion', 'rights-card-you', 'group-finder-default'].includes(c.id)),
  );

  forEachCase(
    defined,
    (c) => `${c.id}: a text-spacing style sheet reaches every text, and nothing sticks out at 320 px`,
    async (c) => {
      const page = await openPage('widgets.csp.html', [c], { css: ['text-spacing'], width: 320 });
      try {
        const [el] = page.widgets;
        const host = parseFloat(page.win.getComputedStyle(el).fontSize);
        const problems: string[] = [];
        for (const node of textElements(el)) {
          const style = page.win.getComputedStyle(node);
          const size = parseFloat(style.fontSize);
          const what = `${describeNode(node)} "${node.textContent!.trim().slice(0, 20)}"`;
          if (!(parseFloat(style.letterSpacing) >= 0.12 * host - 0.01)) problems.push(`${what}: letter-spacing ${style.letterSpacing}`);
          if (!(parseFloat(style.wordSpacing) >= 0.16 * host - 0.01)) problems.push(`${what}: word-spacing ${style.wordSpacing}`);
          if (!(parseFloat(style.lineHeight) >= 1.5 * size - 0.5)) problems.push(`${what}: line-height ${style.lineHeight} at ${style.fontSize}`);
        }
        expect(problems.slice(0, 6), `${problems.length} texts ignore the visitor's spacing`).to.deep.equal([]);
        expect(overflowing(page, el, !!c.floating)).to.deep.equal([]);
      } finally {
        page.close();
      }
    },
  );
});

describe('paragraph spacing (WCAG 1.4.12) through --ally-paragraph-spacing', () => {
  it('a page that sets --ally-paragraph-spacing spaces every paragraph inside the widgets, and nothing sticks out at 320 px', async () => {
    const cases = CASES.filter((c) => ['rights-card-you', 'five-ds-accordion-open', 'report-default'].includes(c.id));
    const page = await openPage('widgets.csp.html', cases, { css: ['paragraph-spacing'], width: 320 });
    try {
      for (const el of page.widgets) {
        const paragraphs = deepElements(el.shadowRoot!).filter((n) => n.localName === 'p' && n.textContent!.trim() && n.getClientRects().length);
        expect(paragraphs.length, el.localName).to.be.greaterThan(0);
        const tight = paragraphs.filter((p) => parseFloat(page.win.getComputedStyle(p).marginBlockEnd) < 2 * parseFloat(page.win.getComputedStyle(p).fontSize) - 0.5);
        expect(tight.map((p) => `${describeNode(p)} "${p.textContent!.trim().slice(0, 30)}"`), el.localName).to.deep.equal([]);
        expect(overflowing(page, el, false)).to.deep.equal([]);
      }
    } finally {
      page.close();
    }
  });
});

describe('accent colours keep 3:1 for outlines and links (WCAG 1.4.11)', () => {
  const cases: [string, Record<string, string>, boolean][] = [
    ['a light yellow on the light theme', { accent: '#ffcc00' }, true],
    ['a dark navy on the dark theme', { accent: '#1a237e', theme: 'dark' }, true],
    ['a yellow on auto (light and dark)', { accent: '#ffcc00', theme: 'auto' }, true],
    ['the default-like blue on light', { accent: '#1d4ed8' }, false],
  ];
  for (const [what, attrs, note] of cases) {
    it(`${what}: the secondary buttons' outlines have 3:1${note ? ', with a console note' : ''}`, async () => {
      const page = await openPage('widgets.csp.html', 'none');
      const notes: string[] = [];
      (page.win as unknown as { console: Console }).console.warn = (...args: unknown[]) => notes.push(args.join(" "));
      try {
        const el = await add(page, 'ally-hotline', { number: '616-555-0142', ...attrs });
        const base = shadowPart(el, 'base')!;
        await waitUntil(() => base.style.getPropertyValue('--ally-accent-line'), 'the outline colour was never checked');
        const copy = shadowPart(el, 'copy')!;
        const border = parseRgb(page.win.getComputedStyle(copy).borderTopColor);
        const background = parseRgb(page.win.getComputedStyle(base).backgroundColor);
        expect(contrast(border, background), `border ${border} on ${background}`).to.be.at.least(3);
        if (note) expect(notes.join('\n')).to.match(/<ally-hotline>: accent="[^"]+" has only 1?\.\d+:1 contrast/);
        else expect(notes.filter((n) => n.includes('accent')), 'console notes').to.deep.equal([]);
        if (attrs.accent === '#1d4ed8') expect(border.join()).to.equal('29,78,216');
        // The filled call button keeps the partner's own colour.
        const filled = { '#ffcc00': 'rgb(255, 204, 0)', '#1a237e': 'rgb(26, 35, 126)', '#1d4ed8': 'rgb(29, 78, 216)' }[attrs.accent];
        expect(page.win.getComputedStyle(shadowPart(el, 'call')!).backgroundColor).to.equal(filled);
      } finally {
        page.close();
      }
    });
  }
});

describe('parts in their own language (WCAG 3.1.2)', () => {
  for (const lang of ['es', 'ar', 'zh-Hant']) {
    it(`the bundled groups' descriptions show in the page's language (${lang}); their English names are marked lang="en"`, async () => {
      const page = await openPage('widgets.csp.html', [byId('group-finder-default')], { lang });
      try {
        const [el] = page.widgets;
        const english = 'The largest immigrant youth-led network';
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="result"]'), 'no results');
        const first = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="result"]')!;
        await waitUntil(() => !first().textContent!.includes(english), 'the description stays English');
        const description = [...first().querySelectorAll('p')].find((p) => p.textContent!.length > 60)!;
        expect(description.closest('[lang]')!.getAttribute('lang'), 'its language').to.equal(lang);
        const name = first().querySelector('[part~="result-name"]')!;
        expect(name.closest('[lang]')!.getAttribute('lang'), 'the name').to.equal('en');
        expect(name.textContent!.trim()).to.equal('United We Dream');
      } finally {
        page.close();
      }
    });
  }

  it('a feed’s text is marked with its lang column, else with feed-lang, never silently as the page’s language', async () => {
    const page = await openPage('widgets-axe.html', 'none', { lang: 'es' });
    try {
      const el = page.doc.createElement('ally-group-finder');
      el.setAttribute('lang', 'es');
      el.setAttribute('feed-lang', 'en');
      const data = page.doc.createElement('script');
      data.type = 'application/json';
      data.textContent = JSON.stringify([
        { name: 'Iglesia San José', description: 'Acompañamiento a citas y a la corte.', lang: 'es' },
        { name: 'Grace Church', description: 'Rides to court and check-ins.' },
      ]);
      el.append(data);
      page.doc.querySelector('main')!.append(el);
      await rendered(el, 'es');
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="result"]').length === 2, 'two results');
      const langOf = (name: string) => {
        const item = [...el.shadowRoot!.querySelectorAll('[part~="result"]')].find((r) => r.textContent!.includes(name))!;
        const description = [...item.querySelectorAll('p')].find((p) => /court|corte/.test(p.textContent!))!;
        const title = item.querySelector('[part~="result-name"]')!;
        return [title.closest('[lang]')!.getAttribute('lang'), description.closest('[lang]')!.getAttribute('lang')];
      };
      expect(langOf('Grace Church'), 'feed-lang="en"').to.deep.equal(['en', 'en']);
      expect(langOf('Iglesia San José'), 'lang column "es"').to.deep.equal(['es', 'es']);
      el.setAttribute('feed-lang', 'fr');
      await waitUntil(() => langOf('Grace Church')[1] === 'fr', 'feed-lang="fr" not applied');
    } finally {
      page.close();
    }
  });
});

describe('quiet and true announcements (WCAG 4.1.3)', () => {
  it('the group finder says nothing on load, nothing while a ZIP code is typed, and the result once the search settles', async () => {
    const page = await openPage('widgets.csp.html', [byId('group-finder-default')]);
    const [el] = page.widgets;
    try {
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="result"]'), 'no results');
      await settle(el);
      const live = () => liveText(el);
      expect(live(), 'announced on load').to.equal('');
      // Fake timers in the page: the search's timer is seen and run by the test, never waited for.
      const timers: { run: () => void; ms: number }[] = [];
      const real = { set: page.win.setTimeout, clear: page.win.clearTimeout };
      const fake = () => {
        timers.length = 0;
        page.win.setTimeout = ((run: () => void, ms = 0) => timers.push({ run, ms })) as typeof setTimeout;
        page.win.clearTimeout = ((id?: number) => {
          if (id && timers[id - 1]) timers[id - 1].ms = -1;
        }) as typeof clearTimeout;
      };
      const restore = () => Object.assign(page.win, { setTimeout: real.set, clearTimeout: real.clear });
      const pending = () => timers.filter((t) => t.ms >= 0);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
      try {
        fake();
        for (const text of ['4', '49', '495', '4950', '49503']) {
          input.value = text;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await settle(el);
          expect(live(), `announced while typing "${text}"`).to.equal('');
        }
        restore();
        expect(pending().map((t) => t.ms), 'one timer, the same half second as ally-search').to.deep.equal([500]);
        const searched = new Promise((resolve) => el.addEventListener('ally-search', resolve, { once: true }));
        pending()[0].run();
        await searched;
        await settle(el);
        expect(live()).to.match(/^\d+ groups found$/);
        expect(live()).to.equal(shadowPart(el, 'count')!.textContent!.trim());

        // Enter says it at once: the search's timer has no delay.
        fake();
        input.value = 'legal';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        input.form!.requestSubmit();
        restore();
        expect(pending().map((t) => t.ms), 'Enter').to.deep.equal([0]);
        const again = new Promise((resolve) => el.addEventListener('ally-search', resolve, { once: true }));
        pending()[0].run();
        await again;
        await settle(el);
        expect(live()).to.match(/^\d+ groups? found$/);
      } finally {
        restore();
      }
    } finally {
      page.close();
    }
  });

  it('a language chosen in one widget is announced politely, in that language, by that widget only', async () => {
    const page = await openPage('widgets.csp.html', [byId('hotline-button'), byId('rights-card-you')]);
    try {
      const [hotline, card] = page.widgets;
      expect(liveText(hotline), 'before').to.equal('');
      const select = shadowPart(hotline, 'language-select') as HTMLSelectElement;
      select.value = 'es';
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await rendered(hotline, 'es');
      await rendered(card, 'es');
      const region = [...hotline.shadowRoot!.querySelectorAll('[role="status"], [aria-live]')].find((n) => n.textContent!.trim())!;
      expect(region, 'a live region with text').to.exist;
      expect(region.textContent!.trim()).to.equal('El idioma cambió a español.');
      expect(region.closest('[lang]')!.getAttribute('lang')).to.equal('es');
      expect(region.getAttribute('aria-live') ?? 'polite').to.equal('polite');
      expect(liveText(card), 'the other widget stays quiet').to.equal('');
    } finally {
      page.close();
    }
  });
});

describe('smaller points', () => {
  it('closed accordion panels are not exposed as empty regions; open ones are named regions', async () => {
    const page = await openPage('widgets.csp.html', [byId('five-ds-accordion')]);
    try {
      const root = page.widgets[0].shadowRoot!;
      const regions = [...root.querySelectorAll('[role="region"]')];
      expect(regions.filter((r) => r.hasAttribute('hidden')).length, 'closed panels with role=region').to.equal(0);
      (root.querySelector('[part~="toggle"]') as HTMLElement).click();
      await settle(page.widgets[0]);
      const open = root.querySelector('[role="region"]')!;
      expect(open.getAttribute('aria-labelledby')).to.equal('t-distract');
      expect(root.getElementById('t-distract')!.textContent).to.equal('Distract');
    } finally {
      page.close();
    }
  });

  for (const lang of ['en', 'ar']) {
    it(`accessible names carry no stray space before a comma and no U+2066/U+2069 (${lang})`, async () => {
      const cases = CASES.filter((c) => defined.has(c.tag));
      const page = await openPage('widgets-axe.html', cases, { lang });
      try {
        // The group finder loads its list when it comes near the screen.
        for (const el of page.widgets.filter((w) => w.localName.endsWith('finder'))) {
          el.scrollIntoView();
          await waitUntil(() => el.shadowRoot!.querySelector('[part~="result"]'), 'no results');
        }
        const axe = page.win.axe as unknown as {
          setup(node: Node): void;
          teardown(): void;
          utils: { getNodeFromTree(node: Node): unknown };
          commons: { text: { accessibleTextVirtual(node: unknown): string } };
        };
        axe.setup(page.doc.documentElement);
        const problems: string[] = [];
        try {
          for (const el of page.widgets) {
            for (const node of deepElements(el.shadowRoot!)) {
              if (!node.matches('a[href], button, summary, select, input, [role], h2, h3, h4, h5, h6, svg[aria-label], img')) continue;
              const name = axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(node));
              if (/\s[,،、，]/.test(name) || /[\u2066-\u2069]/.test(name)) problems.push(`${el.dataset.case} ${describeNode(node)}: ${JSON.stringify(name)}`);
            }
            for (const node of deepElements(el.shadowRoot!)) {
              const text = [...node.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('') + [...node.attributes].map((a) => a.value).join(' ');
              if (/[\u2066-\u2069]/.test(text)) problems.push(`${el.dataset.case} ${describeNode(node)} has direction characters: ${JSON.stringify(text.slice(0, 60))}`);
            }
          }
        } finally {
          axe.teardown();
        }
        expect(problems.slice(0, 8), `${problems.length} problems`).to.deep.equal([]);
      } finally {
        page.close();
      }
    });
  }

  it('"Is your group missing?" is a 44 px target', async () => {
    const page = await openPage('widgets.csp.html', 'none');
    try {
      const el = await add(page, 'ally-group-finder', { 'suggest-url': 'mailto:groups@example.org' });
      await waitUntil(() => shadowPart(el, 'suggest'), 'no suggest link');
      await settle(el);
      const rect = shadowPart(el, 'suggest')!.getBoundingClientRect();
      expect(rect.height).to.be.at.least(44);
    } finally {
      page.close();
    }
  });

  const escapes: [string, WidgetCase, string, string][] = [
    ['QR code', byId('hotline-button'), '[part~="qr-toggle"]', '[part~="qr"]'],
    ['More options', byId('hotline-floating'), 'button.more', '[part~="actions"]'],
    ['Filters', byId('group-finder-default'), '[part~="filters"] summary', '[part~="filters"] input'],
  ];
  for (const [what, c, toggleSelector, insideSelector] of escapes) {
    it(`Escape closes ${what} and puts focus back on its button`, async () => {
      const page = await openPage('widgets.csp.html', [c], { width: 1000, height: 900 });
      try {
        const [el] = page.widgets;
        const root = el.shadowRoot!;
        await waitUntil(() => root.querySelector(toggleSelector), `no ${toggleSelector}`);
        const toggle = () => root.querySelector<HTMLElement>(toggleSelector)!;
        toggle().click();
        await waitUntil(() => {
          const inside = root.querySelector<HTMLElement>(insideSelector);
          return inside && inside.getClientRects().length > 0;
        }, `${what} did not open`);
        const inside = root.querySelector<HTMLElement>(insideSelector)!;
        const focusable = inside.matches('input, button') ? inside : inside.querySelector<HTMLElement>('button, input') ?? toggle();
        focusable.focus();
        (root.activeElement ?? focusable).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
        await settle(el);
        const after = root.querySelector<HTMLElement>(insideSelector);
        const details = after?.closest('details');
        expect(!after || (details ? !details.open : after.getClientRects().length === 0), `${what} still open`).to.equal(true);
        expect(root.activeElement, 'focus').to.equal(toggle());
      } finally {
        page.close();
      }
    });
  }
});
