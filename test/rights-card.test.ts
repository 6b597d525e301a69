import { expect, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/rights-card/ally-rights-card.js';
import type { AllyRightsCard } from '../src/rights-card/rights-card.component.js';
import { OFFICER_STATEMENT } from '../src/rights-card/rights-card.content.js';
import { PRINT_ROOT_CLASS } from '../src/rights-card/print.js';
import { captureConsole, fixtureIn, loadPage, shadow, textOf } from './helpers.js';
import { getLocale } from '../src/internal/localization.js';
import { REVIEWED_GROUPS } from '../src/generated/reviewed-groups.js';

const part = <T extends Element = HTMLElement>(el: Element, name: string) => shadow(el).querySelector<T>(`[part~="${name}"]`);
const dialogOf = (el: Element) => shadow(el).querySelector('dialog')!;

/** Every point the card must make, as the English card words it. */
const YOU_SIDE_PHRASES = [
  'right to remain silent',
  'where you were born',
  'immigration status',
  'give your name to the police',
  'Do not open the door',
  'Talk through the closed door',
  'warrant signed by a judge',
  'names the person',
  'slide it under the door',
  'window',
  'I‑200',
  'I‑205',
  'names a court and is signed by a judge',
  'signed by an immigration officer, not a judge',
  'Department of Homeland Security',
  'force the door',
  'do not fight them',
  'Tell a lawyer',
  'Do not consent to a search',
  'yourself, your car, your home or your things',
  'Do not sign any papers without talking to a lawyer first',
  'right to speak to a lawyer',
  'stay silent until you have talked to a lawyer',
  'Am I free to leave?',
  'walk away calmly',
  'force their way in, do not resist',
  'badge numbers',
  'what they took',
  'Do not lie or show false documents',
  'You may stay silent instead',
  'Never say that you are a U.S. citizen',
  'show them when an immigration agent asks',
  'must carry proof',
  'papers from another country',
  'Keep your hands where the police can see them',
  'license, registration and proof of insurance',
  'You may refuse a search of the car',
  'Everyone in the car may stay silent',
  'Passengers may ask if they are free to leave',
  'at airports and at checkpoints near the border',
  'I‑407',
];

/** The print container adds itself to <body> and calls window.print(); tests record the call instead. */
async function printAndCapture(el: AllyRightsCard): Promise<{ root: HTMLElement; prints: number }> {
  const original = window.print;
  let prints = 0;
  window.print = () => void prints++;
  await el.updateComplete; // the card's text (and so its buttons) loads on first use
  try {
    part(el, 'print')!.click();
    await waitUntil(() => prints > 0, 'window.print() was never called', { timeout: 4000 });
  } finally {
    window.print = original;
  }
  return { root: document.querySelector<HTMLElement>(`body > .${PRINT_ROOT_CLASS}`)!, prints };
}

describe('<ally-rights-card>', () => {
  // Real fullscreen in headless Chromium (granted after a sendKeys activation)
  // resizes the test window and now and then stalls the runner; every test sees
  // it refused, as on browsers without the API — the dialog overlay is the
  // fallback under test. One test below checks the request itself.
  const realRequestFullscreen = Element.prototype.requestFullscreen;
  before(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('fullscreen refused in tests'));
  });
  after(() => {
    Element.prototype.requestFullscreen = realRequestFullscreen;
  });

  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
  });

  it('shows every rights point on the visitor’s side, with the not-legal-advice line and the review date', async () => {
    const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card></ally-rights-card>`);
    expect(el.getAttribute('side')).to.equal('you');
    const text = textOf(el);
    for (const phrase of YOU_SIDE_PHRASES) expect(text, phrase).to.contain(phrase);
    expect(shadow(el).querySelectorAll('[part~="points"] > li')).to.have.length(11);
    expect(part(el, 'disclaimer')!.textContent).to.contain('This is general help, not legal advice.');
    expect(part(el, 'reviewed')!.textContent).to.equal('Last reviewed: November 30, 2026');
    // On an English page the words to say appear once, marked English.
    const says = [...shadow(el).querySelectorAll('[part~="say"]')];
    expect(says.map((s) => s.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Say: I choose to remain silent.', 'Say: I do not consent to a search.', 'Say: I want to speak to a lawyer.', 'Say: Am I free to leave?']);
    expect(part(el, 'say-en')).to.equal(null);
    expect(shadow(el).querySelector('h2')!.textContent).to.contain('Know your rights');
    expect(text).not.to.contain('Fifth Amendment');
  });

  describe('in a language no native speaker has reviewed (its XLIFF says so)', () => {
    it('says so in that language on the not-legal-advice line and offers the card in English, and the way back', async () => {
      expect(REVIEWED_GROUPS['es'] ?? []).not.to.include('rightsCard'); // the Spanish XLIFF marks the card's text as a draft
      const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card lang="es"></ally-rights-card>`, 'es');
      expect(part(el, 'disclaimer')!.textContent).to.contain('no es asesoría legal').and.contain('todavía no ha sido revisada por un hablante nativo');
      const show = part<HTMLButtonElement>(el, 'show-english')!;
      expect(show.localName).to.equal('button');
      expect(show.textContent!.trim()).to.equal('Ver la tarjeta en inglés');
      expect(show.getBoundingClientRect().height).to.be.at.least(44);
      show.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => getLocale() === 'en' && part(el, 'back-language') !== null, 'the card never showed in English');
      expect(textOf(el)).to.contain('Know your rights').and.contain('right to remain silent');
      expect(part(el, 'unreviewed')).to.equal(null);
      // The way back is named in the visitor's language and takes focus (the button pressed has gone).
      const back = part<HTMLButtonElement>(el, 'back-language')!;
      expect(back.textContent!.trim()).to.equal('Español');
      expect(back.getAttribute('lang')).to.equal('es');
      expect(shadow(el).activeElement).to.equal(back);
      back.click();
      await waitUntil(() => getLocale() === 'es' && part(el, 'show-english') !== null, 'the card never went back to Spanish');
      expect(shadow(el).activeElement).to.equal(part(el, 'show-english'));
      expect(part(el, 'back-language')).to.equal(null);
    });

    it('has no such line in English, the source language', async () => {
      const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card lang="en"></ally-rights-card>`);
      expect(part(el, 'unreviewed')).to.equal(null);
      expect(part(el, 'show-english')).to.equal(null);
      expect(part(el, 'back-language')).to.equal(null);
    });

    it('keeps it apart from the review date, which ends with no full stop: its own line on screen, before the date in print', async () => {
      const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card lang="es" reviewed="2026-11-30"></ally-rights-card>`, 'es');
      const date = part(el, 'reviewed')!.getBoundingClientRect();
      expect(part(el, 'unreviewed')!.getBoundingClientRect().top).to.be.at.least(date.bottom - 1);
      const { root } = await printAndCapture(el);
      const front = root.shadowRoot!.querySelector('.front')!.textContent!.replace(/\s+/g, ' ');
      expect(front).to.contain('todavía no ha sido revisada');
      expect(front).not.to.match(/2026 \p{Lu}/u);
    });

    it('prints the line on the card too', async () => {
      const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card lang="fr"></ally-rights-card>`, 'fr');
      const { root } = await printAndCapture(el);
      expect(root.shadowRoot!.querySelector('.front')!.textContent).to.contain('pas encore été relue');
    });
  });

  it('shows the officer side in English, marked lang="en" dir="ltr"', async () => {
    const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card side="officer"></ally-rights-card>`);
    const statement = part(el, 'statement')!;
    expect(statement.getAttribute('lang')).to.equal('en');
    expect(statement.getAttribute('dir')).to.equal('ltr');
    const text = statement.textContent!.replace(/\s+/g, ' ');
    for (const phrase of ['Fifth Amendment right to remain silent', 'do not consent to your entry or to any search', 'Fourth Amendment', 'If you have a warrant signed by a judge, slide it under the door.', 'I will not sign anything', 'I want to speak to a lawyer']) {
      expect(text).to.contain(phrase);
    }
    expect(part(el, 'points')).to.equal(null);
  });

  it('flips by click: side reflects, ally-flip bubbles out of the shadow root, and the change is announced', async () => {
    const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card></ally-rights-card>`);
    const flip = part<HTMLButtonElement>(el, 'flip')!;
    expect(flip.tagName).to.equal('BUTTON');
    setTimeout(() => flip.click());
    const event = (await oneEvent(document, 'ally-flip')) as CustomEvent;
    expect(event.detail).to.deep.equal({ side: 'officer' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('side')).to.equal('officer');
    expect(part(el, 'statement')).to.exist;
    expect(flip.textContent).to.contain('Flip to your side');
    expect(shadow(el).querySelector('div[role="status"]')!.textContent).to.contain('Officer side');
  });

  it('flips by keyboard (Enter and Space on the flip button)', async () => {
    const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card></ally-rights-card>`);
    const sides: string[] = [];
    el.addEventListener('ally-flip', (e) => sides.push(e.detail.side));
    part(el, 'flip')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.side).to.equal('officer');
    expect(shadow(el).activeElement).to.equal(part(el, 'flip'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.side).to.equal('you');
    expect(sides).to.deep.equal(['officer', 'you']);
  });

  it('warns about a bad side or reviewed date and uses the defaults', async () => {
    let el!: AllyRightsCard;
    const warnings = await captureConsole('warn', async () => {
      el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card side="back" reviewed="21/11/2026"></ally-rights-card>`);
    });
    expect(warnings.join('\n')).to.contain('side="back"').and.contain('reviewed="21/11/2026"');
    expect(part(el, 'points')).to.exist;
    expect(part(el, 'reviewed')!.textContent).to.contain('November 30, 2026');
    el.setAttribute('reviewed', '2027-02-30');
    const more = await captureConsole('warn', () => el.updateComplete);
    expect(more.join('\n')).to.contain('reviewed="2027-02-30"');
    el.setAttribute('reviewed', '2027-03-05');
    await el.updateComplete;
    expect(part(el, 'reviewed')!.textContent).to.equal('Last reviewed: March 5, 2027');
  });

  it('shows the partner’s hotline on the card as a tel: link', async () => {
    const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card hotline="(616) 555-0142" hotline-label="GR Rapid Response"></ally-rights-card>`);
    const hotline = part(el, 'hotline')!;
    expect(hotline.textContent!.replace(/\s+/g, ' ')).to.contain('If I am detained, call GR Rapid Response: 616-555-0142');
    expect(part(el, 'call')!.getAttribute('href')).to.equal('tel:+16165550142');
    el.removeAttribute('hotline-label');
    await el.updateComplete;
    expect(part(el, 'hotline')!.textContent).to.contain('If I am detained, call:');
  });

  it('shows no link and logs an error naming the attribute for an invalid hotline', async () => {
    let el!: AllyRightsCard;
    const errors = await captureConsole('error', async () => {
      el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card hotline="call us"></ally-rights-card>`);
    });
    expect(errors.join('\n')).to.contain('hotline="call us"');
    expect(shadow(el).querySelector('a[href^="tel:"]')).to.equal(null);
    expect(textOf(el)).not.to.contain('If I am detained');
  });

  describe('show to officer', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('opens a full-viewport view of the English statement, traps focus, closes with Escape and returns focus', async () => {
      const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card lang="en"></ally-rights-card>`);
      const show = part<HTMLButtonElement>(el, 'show-officer')!;
      show.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = dialogOf(el);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      const view = part(el, 'officer-view')!;
      for (const line of OFFICER_STATEMENT) expect(view.textContent).to.contain(line);
      expect(view.querySelector('[lang="en"][dir="ltr"]')).to.exist;
      // Fullscreen is refused in these tests (see before()): the modal dialog alone covers the viewport.
      await nextFrame(); // the refused fullscreen request has settled
      const rect = view.getBoundingClientRect();
      expect(rect.width).to.equal(innerWidth);
      expect(rect.height).to.equal(innerHeight);
      const close = part(el, 'close')!;
      expect(shadow(el).activeElement).to.equal(close);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(close);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(shadow(el).activeElement).to.equal(close);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'Escape did not close the view');
      expect(document.fullscreenElement).to.equal(null);
      await waitUntil(() => shadow(el).activeElement === show, 'focus did not return to the opening button');
    });

    it('closes with the visible Close button', async () => {
      const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card></ally-rights-card>`);
      part(el, 'show-officer')!.click();
      expect(dialogOf(el).open).to.equal(true);
      part(el, 'close')!.click();
      await waitUntil(() => !dialogOf(el).open, 'Close did not close the view');
      await waitUntil(() => shadow(el).activeElement === part(el, 'show-officer'), 'focus did not return', { timeout: 2000 });
      expect(document.fullscreenElement).to.equal(null);
    });

    it('asks for fullscreen on its own overlay inside the shadow root, and leaving fullscreen closes it', async () => {
      const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card></ally-rights-card>`);
      const original = Element.prototype.requestFullscreen;
      const asked: Element[] = [];
      // (records the request, then refuses it)
      Element.prototype.requestFullscreen = function (this: Element) {
        asked.push(this);
        return Promise.reject(new TypeError('refused'));
      };
      try {
        part(el, 'show-officer')!.click();
      } finally {
        Element.prototype.requestFullscreen = original;
      }
      expect(asked).to.deep.equal([part(el, 'officer-view')]);
      // Refused: the modal dialog alone is the fixed, viewport-covering overlay.
      await nextFrame(); // the refused fullscreen request has settled
      const dialog = dialogOf(el);
      expect(dialog.open).to.equal(true);
      expect(getComputedStyle(dialog).position).to.equal('fixed');
      // The browser's own Escape in fullscreen only leaves fullscreen; the view follows.
      part(el, 'officer-view')!.dispatchEvent(new Event('fullscreenchange', { bubbles: true, composed: true }));
      expect(dialog.open).to.equal(false);
    });

    // Every screen from a small phone to a desktop, both ways round, in fonts with different
    // metrics: the statement is measured and shrunk until it fits, whatever the font.
    const SCREENS = [
      [320, 480],
      [320, 568],
      [360, 640],
      [390, 844],
      [768, 1024],
      [1080, 1920],
    ] as const;
    const FONTS = ['DejaVu Sans', 'Noto Sans', 'Liberation Serif'];

    it('the fonts under test are installed and differ (so fitting is tested with different metrics)', () => {
      const probe = document.createElement('span');
      probe.textContent = OFFICER_STATEMENT.join(' ');
      probe.style.font = '700 20px monospace';
      document.body.append(probe);
      const widths = FONTS.map((font) => {
        probe.style.fontFamily = `"${font}", monospace`;
        return probe.getBoundingClientRect().width;
      });
      probe.style.fontFamily = 'monospace';
      const fallback = probe.getBoundingClientRect().width;
      probe.remove();
      for (const [i, width] of widths.entries()) expect(width, `${FONTS[i]} is installed`).to.not.equal(fallback);
      expect(new Set(widths).size, widths.join(', ')).to.equal(FONTS.length);
    });

    for (const font of FONTS) {
      it(`fits every screen from 320×480 to 1920×1080, portrait and landscape, in large type (${font})`, async () => {
        for (const [a, b] of SCREENS) {
          for (const [width, height] of [
            [a, b],
            [b, a],
          ]) {
            await setViewport({ width, height });
            const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card></ally-rights-card>`);
            el.style.fontFamily = `"${font}"`;
            part(el, 'show-officer')!.click();
            const view = part(el, 'officer-view')!;
            const text = view.querySelector<HTMLElement>('.view-text')!;
            const screen = `${width}×${height} in ${font}`;
            expect(getComputedStyle(text).fontFamily, screen).to.contain(font);
            // Nothing scrolls or is cut off, and the last line is on the screen.
            expect(view.scrollHeight, screen).to.be.at.most(view.clientHeight);
            expect(view.scrollWidth, screen).to.be.at.most(view.clientWidth);
            const last = text.lastElementChild!.getBoundingClientRect();
            expect(last.bottom, `${screen}: last line`).to.be.at.most(innerHeight);
            expect(last.right, `${screen}: last line`).to.be.at.most(innerWidth);
            expect(text.textContent).to.contain('I want to speak to a lawyer.');
            // Large type that uses the screen: at least 16 px, and either the largest size
            // or the statement fills at least half of the height left for it.
            const size = parseFloat(getComputedStyle(text).fontSize);
            expect(size, screen).to.be.at.least(16);
            const room = view.clientHeight - (text.getBoundingClientRect().top - view.getBoundingClientRect().top);
            const used = last.bottom - text.firstElementChild!.getBoundingClientRect().top;
            if (size < 96) expect(used / room, `${screen}: share of the screen used at ${size}px`).to.be.at.least(0.5);
            part(el, 'close')!.click();
          }
        }
      });
    }

    it('refits when the screen turns (phone rotated while the view is open)', async () => {
      await setViewport({ width: 390, height: 844 });
      const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card></ally-rights-card>`);
      part(el, 'show-officer')!.click();
      const view = part(el, 'officer-view')!;
      const text = view.querySelector<HTMLElement>('.view-text')!;
      const portrait = parseFloat(getComputedStyle(text).fontSize);
      await setViewport({ width: 844, height: 390 });
      // The resize observer refits once the browser has applied the new size (CDP resizes asynchronously).
      await waitUntil(() => view.scrollHeight <= view.clientHeight, 'the officer view did not refit after the turn');
      expect(parseFloat(getComputedStyle(text).fontSize)).to.not.equal(portrait);
      await expect(el).to.be.accessible();
      part(el, 'close')!.click();
    });
  });

  describe('print wallet cards', () => {
    it('prints only the cards: front and back, nothing of the host page, and cleans up after', async () => {
      const wrapper = await fixtureIn<HTMLElement>(
        html`<div><p id="host-text">The partner’s own page text</p><ally-rights-card hotline="616-555-0142" hotline-label="GR Rapid Response"></ally-rights-card></div>`,
      );
      const el = wrapper.querySelector('ally-rights-card')!;
      const sheetsBefore = document.adoptedStyleSheets.length;
      const { root, prints } = await printAndCapture(el);
      expect(prints).to.equal(1);
      expect(root).to.exist;
      const cards = root.shadowRoot!;
      const text = cards.textContent!.replace(/\s+/g, ' ');
      // Front (visitor's language) and back (English statement), several per page.
      expect(cards.querySelectorAll('.front')).to.have.length(4);
      expect(cards.querySelectorAll('.back')).to.have.length(4);
      expect(text).to.contain('Know your rights').and.contain('Stay silent').and.contain('I‑200').and.contain('Am I free to leave?');
      expect(text).to.contain('If I am detained, call GR Rapid Response: 616-555-0142');
      expect(text).to.contain('not legal advice').and.contain('November 30, 2026');
      // How to use the card; with a hotline set there is no write-in line.
      expect(text).to.contain('Show the English side to the agent: hand it over, hold it to a window or slide it under the door.');
      expect(text).not.to.contain('Lawyer / family');
      for (const line of OFFICER_STATEMENT) expect(text).to.contain(line);
      expect(text).not.to.contain('partner’s own page');
      // Strict CSP: no inline style or script anywhere in the print output.
      expect(cards.querySelectorAll('style, script, [style]')).to.have.length(0);
      expect(root.hasAttribute('style')).to.equal(false);

      // On screen the container never shows; in print, only it does.
      expect(root.getClientRects().length).to.equal(0);
      await emulateMedia({ media: 'print' });
      expect(root.getClientRects().length).to.be.greaterThan(0);
      expect(document.getElementById('host-text')!.getClientRects().length).to.equal(0);
      expect(el.getClientRects().length).to.equal(0);
      // 85.6 × 54 mm cards (1 mm = 96/25.4 px) whose text fits without clipping.
      const front = cards.querySelector<HTMLElement>('.front')!;
      const mm = 96 / 25.4;
      expect(front.getBoundingClientRect().width).to.be.closeTo(85.6 * mm, 1);
      expect(front.getBoundingClientRect().height).to.be.closeTo(54 * mm, 1);
      for (const card of cards.querySelectorAll<HTMLElement>('.card')) expect(card.scrollHeight).to.be.at.most(card.clientHeight);

      window.dispatchEvent(new Event('afterprint'));
      expect(document.querySelector(`.${PRINT_ROOT_CLASS}`)).to.equal(null);
      expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
      await emulateMedia({ media: 'screen' });
      expect(document.getElementById('host-text')!.getClientRects().length).to.be.greaterThan(0);
    });

    it('has a write-in line for a lawyer or family number when no hotline is set', async () => {
      const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card></ally-rights-card>`);
      const { root } = await printAndCapture(el);
      const front = root.shadowRoot!.querySelector('.front')!;
      expect(front.querySelector('.write-in')!.textContent).to.contain('Lawyer / family:');
      expect(front.textContent).not.to.contain('If I am detained');
      await emulateMedia({ media: 'print' });
      expect(front.querySelector<HTMLElement>('.write-in .line')!.getBoundingClientRect().width).to.be.greaterThan(40);
      for (const card of root.shadowRoot!.querySelectorAll<HTMLElement>('.card')) expect(card.scrollHeight).to.be.at.most(card.clientHeight);
    });

    it('prints only the cards even when the widget sits directly in <body>', async () => {
      const el = document.createElement('ally-rights-card');
      document.body.append(el);
      try {
        await el.updateComplete;
        const { root } = await printAndCapture(el);
        await emulateMedia({ media: 'print' });
        const box = el.getBoundingClientRect();
        expect(box.width * box.height).to.equal(0);
        expect(getComputedStyle(el).visibility).to.equal('hidden');
        expect(root.getClientRects().length).to.be.greaterThan(0);
      } finally {
        el.remove();
      }
    });

    it('prints again without leaving a second copy', async () => {
      const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card></ally-rights-card>`);
      await printAndCapture(el);
      await printAndCapture(el);
      expect(document.querySelectorAll(`.${PRINT_ROOT_CLASS}`)).to.have.length(1);
    });
  });

  describe('in Spanish', () => {
    it('speaks Spanish on the visitor’s side and keeps the officer side in English', async () => {
      const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card lang="es" hotline="616-555-0142"></ally-rights-card>`, 'es');
      const text = textOf(el);
      expect(text).to.contain('Conozca sus derechos').and.contain('derecho a guardar silencio').and.contain('orden judicial firmada por un juez');
      expect(text).to.contain('abogado').and.contain('consentimiento').and.contain('I‑200').and.contain('I‑205');
      expect(part(el, 'disclaimer')!.textContent).to.contain('no es asesoría legal');
      expect(part(el, 'reviewed')!.textContent).to.contain('30 de noviembre de 2026');
      // The words to say in Spanish, and the English beside them for an English-only agent.
      const say = part(el, 'say')!;
      expect(say.textContent).to.contain('Diga:').and.contain('Elijo guardar silencio.');
      const english = part(el, 'say-en')!.querySelector('q')!;
      expect(english.getAttribute('lang')).to.equal('en');
      expect(english.textContent).to.equal('I choose to remain silent.');
      expect([...shadow(el).querySelectorAll('[part~="say-en"] q[lang="en"]')].map((q) => q.textContent)).to.deep.equal([
        'I choose to remain silent.',
        'I do not consent to a search.',
        'I want to speak to a lawyer.',
        'Am I free to leave?',
      ]);
      expect(part(el, 'hotline')!.textContent).to.contain('Si me detienen');
      part(el, 'flip')!.click();
      await el.updateComplete;
      const statement = part(el, 'statement')!;
      expect(statement.getAttribute('lang')).to.equal('en');
      for (const line of OFFICER_STATEMENT) expect(statement.textContent).to.contain(line);
      expect(part(el, 'flip')!.textContent).to.contain('Volver a su lado');
      part(el, 'show-officer')!.click();
      for (const line of OFFICER_STATEMENT) expect(part(el, 'officer-view')!.textContent).to.contain(line);
      expect(part(el, 'close')!.textContent).to.contain('Cerrar');
      part(el, 'close')!.click();
    });

    it('prints a Spanish front and an English back that fit the card', async () => {
      const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card lang="es" hotline="616-555-0142" hotline-label="Red de Respuesta Rápida"></ally-rights-card>`, 'es');
      const { root } = await printAndCapture(el);
      const cards = root.shadowRoot!;
      expect(cards.querySelector('.front')!.getAttribute('lang')).to.equal('es');
      const front = cards.querySelector('.front')!;
      expect(front.textContent).to.contain('Conozca sus derechos').and.contain('Guarde silencio').and.contain('¿Me puedo ir?');
      expect([...front.querySelectorAll('q[lang="en"]')].map((q) => q.textContent)).to.include('Am I free to leave?');
      expect(cards.querySelector('.back')!.getAttribute('lang')).to.equal('en');
      expect(cards.querySelector('.back')!.textContent).to.contain(OFFICER_STATEMENT[0]);
      await emulateMedia({ media: 'print' });
      for (const card of cards.querySelectorAll<HTMLElement>('.card')) expect(card.scrollHeight).to.be.at.most(card.clientHeight);
    });
  });

  describe('printed in every language', () => {
    for (const lang of ['en', 'es', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'tl', 'ar', 'ht', 'fr', 'pt', 'ru']) {
      it(`fits the front and the back on the card, with the English words to say (${lang})`, async () => {
        const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card lang=${lang}></ally-rights-card>`, lang);
        const { root } = await printAndCapture(el);
        const cards = root.shadowRoot!;
        const front = cards.querySelector<HTMLElement>('.front')!;
        expect(front.getAttribute('lang')).to.equal(lang);
        expect([...front.querySelectorAll('q[lang="en"]')].map((q) => q.textContent)).to.deep.equal(['I choose to remain silent.', 'I do not consent to a search.', 'I want to speak to a lawyer.', 'Am I free to leave?']);
        expect(front.querySelector('.write-in')).to.exist;
        await emulateMedia({ media: 'print' });
        for (const card of cards.querySelectorAll<HTMLElement>('.card')) expect(card.scrollHeight, card.className).to.be.at.most(card.clientHeight);
      });
    }
  });

  for (const lang of ['en', 'es']) {
    for (const side of ['you', 'officer']) {
      it(`is accessible: ${side} side in ${lang}`, async () => {
        const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card lang=${lang} side=${side} hotline="616-555-0142" hotline-label="GR Rapid Response"></ally-rights-card>`, lang);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('is accessible in the dark theme', async () => {
    const el = await fixtureIn<AllyRightsCard>(html`<ally-rights-card theme="dark" hotline="616-555-0142"></ally-rights-card>`);
    await expect(el).to.be.accessible();
  });

  for (const side of ['you', 'officer']) {
    it(`fits 320 px without horizontal scroll (${side} side)`, async () => {
      const wrapper = await fixtureIn<HTMLElement>(
        html`<div style="width: 320px"><ally-rights-card side=${side} hotline="1-844-363-1423" hotline-label="United We Dream"></ally-rights-card></div>`,
      );
      const base = part(wrapper.querySelector('ally-rights-card')!, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(base.getBoundingClientRect().width).to.be.at.most(320);
    });
  }

  it('works from dist/ under a strict CSP with Trusted Types: flip, show to officer, print', async () => {
    const { frame, win } = await loadPage('/test/pages/rights-card.csp.html', 400, 700);
    try {
      const w = win as Window & { __errors: string[]; __violations: string[]; __prints: number };
      await waitUntil(() => win.customElements.get('ally-rights-card'), 'ally-rights-card never registered', { timeout: 4000 });
      const el = win.document.querySelector('ally-rights-card') as AllyRightsCard;
      await el.updateComplete;
      part(el, 'flip')!.click();
      await el.updateComplete;
      expect(part(el, 'statement')).to.exist;
      part(el, 'show-officer')!.click();
      expect(shadow(el).querySelector('dialog')!.open).to.equal(true);
      part(el, 'close')!.click();
      part(el, 'print')!.click();
      await waitUntil(() => w.__prints > 0, 'print was never called', { timeout: 4000 });
      const root = win.document.querySelector(`body > .${PRINT_ROOT_CLASS}`)!;
      expect(root.shadowRoot!.textContent).to.contain('Know your rights').and.contain(OFFICER_STATEMENT[3]);
      expect(w.__violations).to.deep.equal([]);
      expect(w.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
