import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/hotline/ally-hotline.js';
import type { AllyHotline } from '../src/hotline/hotline.component.js';
import { captureConsole, fixtureIn, shadow, textOf } from './helpers.js';

const part = <T extends Element = HTMLElement>(el: Element, name: string) => shadow(el).querySelector<T>(`[part~="${name}"]`);

describe('<ally-hotline>', () => {
  it('defaults to United We Dream’s hotline, with the number visible as text and a tel: link', async () => {
    const el = await fixtureIn<AllyHotline>(html`<ally-hotline></ally-hotline>`);
    const call = part<HTMLAnchorElement>(el, 'call')!;
    expect(call.getAttribute('href')).to.equal('tel:+18443631423');
    expect(part(el, 'number')!.textContent).to.equal('1-844-363-1423');
    expect(textOf(el)).to.contain('Immigration emergency hotline');
    expect(textOf(el)).to.contain('Answered by United We Dream');
  });

  it('uses the partner’s number, label, organisation, hours and text line', async () => {
    const el = await fixtureIn<AllyHotline>(
      html`<ally-hotline number="(616) 555-0142" label="Call GR Rapid Response" org="GR Rapid Response to ICE" hours="24 hours, 7 days" sms="877877" sms-body="ICE in my area"></ally-hotline>`,
    );
    expect(part(el, 'call')!.getAttribute('href')).to.equal('tel:+16165550142');
    expect(part(el, 'call')!.textContent).to.contain('Call GR Rapid Response');
    expect(part(el, 'number')!.textContent).to.equal('616-555-0142');
    expect(textOf(el)).to.contain('Answered by GR Rapid Response to ICE');
    expect(textOf(el)).to.contain('Hours: 24 hours, 7 days');
    expect(part(el, 'sms')!.getAttribute('href')).to.equal('sms:877877?&body=ICE%20in%20my%20area');
    expect(part(el, 'sms')!.textContent).to.contain('877877');
  });

  it('shows no link, a visible notice and a console error naming the attribute for an invalid number', async () => {
    let el!: AllyHotline;
    const errors = await captureConsole('error', async () => {
      el = await fixtureIn<AllyHotline>(html`<ally-hotline number="call us now"></ally-hotline>`);
    });
    expect(shadow(el).querySelector('a[href^="tel:"]')).to.equal(null);
    expect(part(el, 'notice')!.textContent).to.contain('not set up correctly');
    expect(errors.join('\n')).to.contain('number="call us now"');
    await expect(el).to.be.accessible();
  });

  it('keeps the partner’s own fallback link in view when the number is invalid', async () => {
    let el!: AllyHotline;
    const errors = await captureConsole('error', async () => {
      el = await fixtureIn<AllyHotline>(html`<ally-hotline number="616-555-01422"><a href="tel:+16165550142">Call us: 616-555-0142</a></ally-hotline>`);
    });
    expect(errors.join('\n')).to.contain('number="616-555-01422"');
    expect(shadow(el).querySelector('a[href^="tel:"]')).to.equal(null);
    const slot = shadow(el).querySelector('slot')!;
    expect(slot).to.exist;
    const link = el.querySelector('a')!;
    expect(slot.assignedElements()).to.deep.equal([link]);
    const box = link.getBoundingClientRect();
    expect(box.width, 'fallback link visible').to.be.above(0);
    expect(box.height, 'fallback link visible').to.be.above(0);
    expect(part(el, 'notice')).to.equal(null);
    await expect(el).to.be.accessible();
    // Fixed to a good number: the widget's own call button replaces the fallback.
    el.number = '616-555-0142';
    await el.updateComplete;
    expect(part(el, 'call')!.getAttribute('href')).to.equal('tel:+16165550142');
    expect(shadow(el).querySelector('slot')).to.equal(null);
    expect(link.getBoundingClientRect().height).to.equal(0);
  });

  it('reports an invalid sms the same way and keeps the call link', async () => {
    let el!: AllyHotline;
    const errors = await captureConsole('error', async () => {
      el = await fixtureIn<AllyHotline>(html`<ally-hotline sms="text me"></ally-hotline>`);
    });
    expect(shadow(el).querySelector('a[href^="sms:"]')).to.equal(null);
    expect(part(el, 'call')).to.exist;
    expect(errors.join('\n')).to.contain('sms="text me"');
  });

  it('fires a bubbling, composed ally-call event with the dialled number', async () => {
    const el = await fixtureIn<AllyHotline>(html`<ally-hotline number="616-555-0142"></ally-hotline>`);
    const call = part<HTMLAnchorElement>(el, 'call')!;
    call.addEventListener('click', (e) => e.preventDefault()); // stay on the test page
    setTimeout(() => call.click());
    const event = (await oneEvent(document, 'ally-call')) as CustomEvent;
    expect(event.detail).to.deep.equal({ number: '+16165550142', via: 'call' });
    expect(event.composed).to.equal(true);
  });

  it('is fully usable by keyboard: Tab reaches the call link first, Enter opens the QR code', async () => {
    const el = await fixtureIn<AllyHotline>(html`<ally-hotline></ally-hotline>`);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(part(el, 'call'));
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(part(el, 'copy'));
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(part(el, 'qr-toggle'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'qr-image'), 'QR code never appeared');
    expect(part(el, 'qr-toggle')!.getAttribute('aria-expanded')).to.equal('true');
    expect(part(el, 'qr-image')!.getAttribute('aria-label')).to.contain('1-844-363-1423');
    expect(part(el, 'qr-image')!.querySelector('path')!.getAttribute('d')!.length).to.be.greaterThan(500);
  });

  it('copies the number and says so to screen readers', async () => {
    const el = await fixtureIn<AllyHotline>(html`<ally-hotline></ally-hotline>`);
    let copied = '';
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      part(el, 'copy')!.click();
      await waitUntil(() => shadow(el).querySelector('div[role="status"]')!.textContent!.includes('Copied'));
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    expect(copied).to.equal('1-844-363-1423');
  });

  it('when the page may not copy, selects the number for the visitor and says so', async () => {
    const el = await fixtureIn<AllyHotline>(html`<ally-hotline></ally-hotline>`);
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    try {
      part(el, 'copy')!.click();
      await waitUntil(() => shadow(el).querySelector('div[role="status"]')!.textContent!.includes('Could not copy'));
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    expect(getSelection()!.toString()).to.equal('1-844-363-1423');
  });

  it('saves a contact card made in the page, with no request', async () => {
    const el = await fixtureIn<AllyHotline>(html`<ally-hotline org="GR Rapid Response" number="616-555-0142"></ally-hotline>`);
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return original.call(URL, blob);
    };
    const clickOriginal = HTMLAnchorElement.prototype.click;
    let download = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      download = this.download;
    };
    try {
      part(el, 'save')!.click();
      await waitUntil(() => download, 'no download was offered');
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = clickOriginal;
    }
    expect(download).to.equal('hotline.vcf');
    const text = await created[0].text();
    expect(text).to.contain('TEL;TYPE=VOICE:+16165550142');
    expect(text).to.contain('FN:GR Rapid Response hotline');
  });

  it('floating: fixed in a corner above the page, restores and minimises with focus kept', async () => {
    const el = await fixtureIn<AllyHotline>(html`<ally-hotline variant="floating" position="bottom-left"></ally-hotline>`);
    const base = part(el, 'base')!;
    expect(getComputedStyle(base).position).to.equal('fixed');
    expect(Number(getComputedStyle(base).zIndex)).to.be.greaterThan(1_000_000);
    expect(base.getBoundingClientRect().left).to.be.lessThan(40);
    // The test page (800 × 600) is small for the open hotline (over 15 % of it): it starts as its bar.
    expect(innerWidth * innerHeight).to.be.below(600_000);
    expect(el.collapsed).to.equal(true);
    setTimeout(() => part(el, 'collapse')!.click());
    expect(((await oneEvent(el, 'ally-collapse')) as CustomEvent).detail).to.deep.equal({ collapsed: false });
    await el.updateComplete;
    expect(part(el, 'heading')).to.exist;
    const minimize = part(el, 'collapse')!;
    expect(shadow(el).activeElement).to.equal(minimize);
    setTimeout(() => minimize.click());
    const event = (await oneEvent(el, 'ally-collapse')) as CustomEvent;
    expect(event.detail).to.deep.equal({ collapsed: true });
    await el.updateComplete;
    // Minimised: one line, still calling in one tap.
    expect(part(el, 'call')!.getAttribute('href')).to.equal('tel:+18443631423');
    expect(part(el, 'heading')).to.equal(null);
    const restore = part(el, 'collapse')!;
    expect(shadow(el).activeElement).to.equal(restore);
    expect(restore.getBoundingClientRect().width).to.be.at.least(44);
  });

  it('honours --ally-z-index for floating', async () => {
    const el = await fixtureIn<AllyHotline>(html`<ally-hotline variant="floating" style="--ally-z-index: 40"></ally-hotline>`);
    expect(getComputedStyle(part(el, 'base')!).zIndex).to.equal('40');
  });

  it('applies theme, accent and heading-level, and warns about bad values', async () => {
    const el = await fixtureIn<AllyHotline>(html`<ally-hotline theme="dark" accent="#b00020" heading-level="3"></ally-hotline>`);
    expect(shadow(el).querySelector('h3')!.textContent).to.contain('Immigration emergency hotline');
    expect(getComputedStyle(part(el, 'call')!).backgroundColor).to.equal('rgb(176, 0, 32)');
    expect(getComputedStyle(part(el, 'base')!).colorScheme).to.equal('dark');
    const warnings = await captureConsole('warn', async () => {
      el.setAttribute('accent', 'url(evil)');
      el.setAttribute('theme', 'neon');
      el.setAttribute('heading-level', '9');
      el.setAttribute('variant', 'giant');
      await el.updateComplete;
    });
    expect(warnings.join('\n')).to.contain('accent="url(evil)"').and.contain('theme="neon"').and.contain('heading-level="9"').and.contain('variant="giant"');
    expect(shadow(el).querySelector('h2')).to.exist;
    expect(getComputedStyle(part(el, 'base')!).colorScheme).to.equal('light');
  });

  it('speaks Spanish with lang="es" and switches the page language from its menu', async () => {
    const el = await fixtureIn<AllyHotline>(html`<ally-hotline lang="es"></ally-hotline>`, 'es');
    expect(textOf(el)).to.contain('Línea de emergencia de inmigración');
    expect(part(el, 'call')!.textContent).to.contain('Llamar a la línea de emergencia');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('es');
    const select = part<HTMLSelectElement>(el, 'language-select')!;
    expect([...select.options].map((o) => o.textContent)).to.include.members(['English', 'Español']);
    select.value = 'en';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const event = (await oneEvent(el, 'ally-language-change')) as CustomEvent;
    expect(event.detail).to.deep.equal({ lang: 'en', previous: 'es' });
    await waitUntil(() => textOf(el).includes('Immigration emergency hotline'));
  });

  it('hides the menu with languages="none"', async () => {
    const el = await fixtureIn<AllyHotline>(html`<ally-hotline languages="none"></ally-hotline>`);
    expect(part(el, 'language-select')).to.equal(null);
  });

  for (const lang of ['en', 'es']) {
    for (const variant of ['button', 'banner', 'floating']) {
      it(`is accessible: ${variant} in ${lang}`, async () => {
        const el = await fixtureIn<AllyHotline>(html`<ally-hotline lang=${lang} variant=${variant} sms="877877"></ally-hotline>`, lang);
        await expect(el).to.be.accessible();
      });
    }
    it(`is accessible with the QR code open, dark theme, in ${lang}`, async () => {
      const el = await fixtureIn<AllyHotline>(html`<ally-hotline lang=${lang} theme="dark"></ally-hotline>`, lang);
      part(el, 'qr-toggle')!.click();
      await waitUntil(() => part(el, 'qr-image'));
      await expect(el).to.be.accessible();
    });
  }

  it('fits 320 px without horizontal scroll', async () => {
    const el = await fixtureIn<AllyHotline>(html`<div style="width: 320px"><ally-hotline sms="877877" hours="Monday to Friday, 9 to 5"></ally-hotline></div>`);
    const host = el.querySelector('ally-hotline')!;
    const base = part(host, 'base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    expect(base.getBoundingClientRect().width).to.be.at.most(320);
  });
});
