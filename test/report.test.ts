import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/report/ally-report.js';
import type { AllyReport } from '../src/report/report.component.js';
import { captureConsole, fixtureIn, shadow, textOf } from './helpers.js';

const part = <T extends Element = HTMLElement>(el: Element, name: string) => shadow(el).querySelector<T>(`[part~="${name}"]`);
const input = (el: Element, name: string) => shadow(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
const radio = (el: Element, name: string, value: string) => shadow(el).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;

/** Types into a field the way a browser does: value, then an input event. */
async function type(el: AllyReport, name: string, text: string): Promise<void> {
  const field = input(el, name);
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The body of the Text it link, decoded. */
function smsBody(el: AllyReport): string {
  const href = part<HTMLAnchorElement>(el, 'sms')!.getAttribute('href')!;
  return decodeURIComponent(href.slice(href.indexOf('&body=') + 6));
}

/** Replaces navigator.geolocation while `run` executes. */
async function withGeolocation(answer: GeolocationPosition | GeolocationPositionError, run: () => Promise<void>): Promise<number> {
  let asked = 0;
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition(ok: PositionCallback, fail: PositionErrorCallback) {
        asked++;
        setTimeout(() => ('coords' in answer ? ok(answer) : fail(answer)));
      },
    },
  });
  try {
    await run();
  } finally {
    delete (navigator as unknown as Record<string, unknown>).geolocation;
    Object.defineProperty(Navigator.prototype, 'geolocation', original);
  }
  return asked;
}

const position = { coords: { latitude: 42.963121, longitude: -85.668091, accuracy: 18.4 }, timestamp: 0 } as unknown as GeolocationPosition;

describe('<ally-report>', () => {
  it('walks through the five steps, with United We Dream’s line by default and no Text it without sms', async () => {
    const el = await fixtureIn<AllyReport>(html`<ally-report></ally-report>`);
    const headings = [...shadow(el).querySelectorAll('[part~="step-heading"]')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['Are you safe?', 'What do you see?', 'Where and when?', 'Send it yourself', 'After']);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('I see ICE activity');
    expect(shadow(el).querySelectorAll('h3')).to.have.length(5);
    expect(part<HTMLAnchorElement>(el, 'call')!.getAttribute('href')).to.equal('tel:+18443631423');
    expect(part(el, 'call')!.textContent).to.contain('1-844-363-1423');
    expect(part(el, 'sms')).to.equal(null);
    expect(part<HTMLAnchorElement>(el, 'emergency')!.getAttribute('href')).to.equal('tel:911');
    expect(textOf(el)).to.contain('Your report goes to United We Dream.');
    expect(textOf(el)).to.contain('Do not interfere with agents or block them.');
    expect(textOf(el)).to.contain('never post it unless they say yes');
  });

  it('composes one message from the choices and the place, and puts it in the sms: link (iOS and Android form)', async () => {
    const el = await fixtureIn<AllyReport>(html`<ally-report number="(616) 555-0142" sms="877877" org="GR Rapid Response"></ally-report>`);
    radio(el, 'kind', 'workplace').click();
    radio(el, 'agency', 'ice').click();
    await type(el, 'agents', '6');
    await type(el, 'vehicles', 'two grey vans, plate 7ABC123');
    await type(el, 'place', 'Division Ave & 28th St,  by the bakery');
    const message = part(el, 'message')!.innerText;
    expect(message).to.equal(
      ['ICE activity report', 'What: A raid at a workplace', 'Agents: 6', 'Agency: ICE', 'Vehicles: two grey vans, plate 7ABC123', 'Where: Division Ave & 28th St, by the bakery', 'When: now'].join('\n'),
    );
    const href = part<HTMLAnchorElement>(el, 'sms')!.getAttribute('href')!;
    expect(href.startsWith('sms:877877?&body=')).to.equal(true);
    expect(href).to.contain('%26%2028th'); // "&" in the place cannot end the body early
    expect(smsBody(el)).to.equal(message);
    expect(part<HTMLAnchorElement>(el, 'call')!.getAttribute('href')).to.equal('tel:+16165550142');
    expect(textOf(el)).to.contain('Your report goes to GR Rapid Response.');
  });

  it('asks for the place until it is given, and adds an earlier time when the witness picks one', async () => {
    const el = await fixtureIn<AllyReport>(html`<ally-report sms="877877"></ally-report>`);
    expect(textOf(el)).to.contain('Add where it is happening');
    await type(el, 'place', 'Fulton and Market');
    expect(textOf(el)).not.to.contain('Add where it is happening');
    expect(input(el, 'time' as string)).to.equal(null);
    radio(el, 'when', 'at').click();
    await el.updateComplete;
    await type(el, 'time', '14:30');
    expect(smsBody(el)).to.contain('When: 2:30 PM');
    radio(el, 'when', 'now').click();
    await el.updateComplete;
    expect(smsBody(el)).to.contain('When: now');
  });

  it('asks for the position only when “Use my location” is pressed, and it can be removed again', async () => {
    const el = await fixtureIn<AllyReport>(html`<ally-report sms="877877"></ally-report>`);
    const asked = await withGeolocation(position, async () => {
      await el.updateComplete;
      expect(smsBody(el)).not.to.contain('Location');
      const button = part(el, 'locate')!;
      button.focus();
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      button.click(); // a second press while it is looking asks nothing more
      await waitUntil(() => smsBody(el).includes('Location: 42.96312, -85.66809 (±18 m)'), 'the position never reached the message');
      expect(part(el, 'locate'), 'the same button, focus kept').to.equal(button);
      expect(shadow(el).activeElement).to.equal(button);
    });
    expect(asked).to.equal(1);
    expect(textOf(el)).to.contain('Your location is in the message');
    await waitUntil(() => shadow(el).querySelector('[role="status"]')!.textContent!.includes('added'));
    part(el, 'locate')!.click(); // now "Remove my location"
    await el.updateComplete;
    expect(smsBody(el)).not.to.contain('Location');
    expect(shadow(el).activeElement).to.equal(part(el, 'locate'));
  });

  it('says so when the position is not available, and the message stays without it', async () => {
    const el = await fixtureIn<AllyReport>(html`<ally-report></ally-report>`);
    await withGeolocation({ code: 1, message: 'denied' } as GeolocationPositionError, async () => {
      part(el, 'locate')!.click();
      await waitUntil(() => textOf(el).includes('Your location is not available. Type the place instead.'));
    });
    expect(part(el, 'message')!.textContent).not.to.contain('Location');
  });

  it('fires ally-report with how and what kind only — never the place, time, position or text', async () => {
    const el = await fixtureIn<AllyReport>(html`<ally-report sms="877877"></ally-report>`);
    radio(el, 'kind', 'arrest').click();
    await type(el, 'place', 'Zyxwv Plaza');
    await el.updateComplete;
    for (const via of ['sms', 'call'] as const) {
      const link = part<HTMLAnchorElement>(el, via)!;
      link.addEventListener('click', (e) => e.preventDefault(), { once: true }); // stay on the test page
      setTimeout(() => link.click());
      const event = (await oneEvent(document, 'ally-report')) as CustomEvent;
      expect(event.detail).to.deep.equal({ via, kind: 'arrest' });
      expect(event.bubbles && event.composed).to.equal(true);
    }
  });

  it('copies the message and says so; when the page may not copy, selects it for the visitor', async () => {
    const el = await fixtureIn<AllyReport>(html`<ally-report></ally-report>`);
    await type(el, 'place', 'Fulton and Market');
    let copied = '';
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      setTimeout(() => part(el, 'copy')!.click());
      const event = (await oneEvent(el, 'ally-report')) as CustomEvent;
      expect(event.detail).to.deep.equal({ via: 'copy', kind: null });
      await waitUntil(() => shadow(el).querySelector('[role="status"]')!.textContent!.includes('Message copied'));
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
      part(el, 'copy')!.click();
      await waitUntil(() => shadow(el).querySelector('[role="status"]')!.textContent!.includes('Could not copy'));
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    expect(copied).to.equal('ICE activity report\nWhere: Fulton and Market\nWhen: now');
    expect(getSelection()!.toString()).to.contain('Where: Fulton and Market');
  });

  it('shows no link and a console error naming the attribute for an invalid number or sms', async () => {
    let el!: AllyReport;
    const errors = await captureConsole('error', async () => {
      el = await fixtureIn<AllyReport>(html`<ally-report number="call us now" sms="text me"></ally-report>`);
    });
    expect(shadow(el).querySelector('a[href^="sms:"]')).to.equal(null);
    expect(shadow(el).querySelector('a[href^="tel:+"]')).to.equal(null);
    expect(part(el, 'copy')).to.exist;
    expect(errors.join('\n')).to.contain('number="call us now"').and.contain('sms="text me"');
    expect(textOf(el)).to.contain('not set up correctly');
    await expect(el).to.be.accessible();
  });

  it('keeps the partner’s own fallback link in place of Call when number is invalid', async () => {
    let el!: AllyReport;
    await captureConsole('error', async () => {
      el = await fixtureIn<AllyReport>(html`<ally-report number="call us"><a href="tel:+16165550142">Call 616-555-0142</a></ally-report>`);
    });
    const slot = part(el, 'fallback')!.querySelector('slot')!;
    expect(slot.assignedElements()[0].getAttribute('href')).to.equal('tel:+16165550142');
    expect(part(el, 'notice')?.textContent ?? '').not.to.contain('not set up correctly');
    await expect(el).to.be.accessible();
  });

  it('is usable by keyboard alone: Tab to a choice, arrows pick it, type the place, reach Text it', async () => {
    const el = await fixtureIn<AllyReport>(html`<ally-report sms="877877"></ally-report>`);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(part(el, 'emergency'));
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(radio(el, 'kind', 'agents'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    expect(radio(el, 'kind', 'arrest').checked).to.equal(true);
    while (shadow(el).activeElement !== input(el, 'place')) await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Fulton and Market' });
    while (shadow(el).activeElement !== part(el, 'sms')) await sendKeys({ press: 'Tab' });
    expect(smsBody(el)).to.contain('What: An arrest').and.contain('Where: Fulton and Market');
  });

  it('writes the message in the page’s language with the key words in English too', async () => {
    const el = await fixtureIn<AllyReport>(html`<ally-report lang="es" sms="877877"></ally-report>`, 'es');
    radio(el, 'kind', 'home').click();
    radio(el, 'agency', 'police').click();
    await type(el, 'place', 'calle 5 y Main, frente a la iglesia');
    const body = smsBody(el);
    expect(body).to.contain('Qué / What: Una redada en una casa / A raid at a home');
    expect(body).to.contain('Policía / Police');
    expect(body).to.contain('/ Where: calle 5 y Main, frente a la iglesia');
    expect(body).to.contain('ahora / now');
    expect(textOf(el)).to.contain('¿Está a salvo?');
  });

  it('applies heading-level to its heading and steps, and warns about bad common attributes', async () => {
    const el = await fixtureIn<AllyReport>(html`<ally-report heading-level="4"></ally-report>`);
    expect(shadow(el).querySelector('h4')!.textContent).to.equal('I see ICE activity');
    expect(shadow(el).querySelectorAll('h5')).to.have.length(5);
    const warnings = await captureConsole('warn', async () => {
      el.setAttribute('theme', 'neon');
      await el.updateComplete;
    });
    expect(warnings.join('\n')).to.contain('theme="neon"');
  });

  for (const lang of ['en', 'es', 'ar']) {
    it(`is accessible, filled in, in ${lang}`, async () => {
      const el = await fixtureIn<AllyReport>(html`<ally-report lang=${lang} sms="877877" theme=${lang === 'ar' ? 'dark' : 'light'}></ally-report>`, lang);
      radio(el, 'kind', 'checkpoint').click();
      radio(el, 'when', 'at').click();
      await el.updateComplete;
      await type(el, 'place', 'Fulton and Market');
      await expect(el).to.be.accessible();
    });
  }

  it('fits 320 px without horizontal scroll, also in Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const wrapper = await fixtureIn<HTMLElement>(html`<div style="width: 320px"><ally-report lang=${lang} sms="877877" org="Grand Rapids Rapid Response to ICE"></ally-report></div>`, lang);
      const el = wrapper.querySelector('ally-report')!;
      await el.updateComplete;
      const base = part(el, 'base')!;
      expect(base.scrollWidth, lang).to.be.at.most(base.clientWidth + 1);
      expect(base.getBoundingClientRect().width, lang).to.be.at.most(320);
      expect(base.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    }
  });
});
