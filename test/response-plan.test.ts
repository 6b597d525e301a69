import { expect, html, oneEvent } from '@open-wc/testing';
import '../src/response-plan/ally-response-plan.js';
import type { AllyResponsePlan } from '../src/response-plan/response-plan.component.js';
import { buildPlanPrint, removePlanPrint } from '../src/response-plan/output.js';
import { captureConsole, fixtureIn, shadow, textOf } from './helpers.js';

const input = (el: Element, name: string) => shadow(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
const button = (el: Element, text: string) => [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes(text))!;
const stepName = (el: Element) => shadow(el).querySelector('[part~="step"]')!.getAttribute('part')!.split(' ')[1];

async function type(el: AllyResponsePlan, name: string, text: string): Promise<void> {
  const field = input(el, name);
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function next(el: AllyResponsePlan): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('[part~="nav"] .primary')!.click();
  await el.updateComplete;
}

describe('<ally-response-plan>', () => {
  it('says nothing is kept or sent above the form, and walks through five steps with a slot for the partner in each', async () => {
    const el = await fixtureIn<AllyResponsePlan>(html`<ally-response-plan><p slot="contacts">Our line answers in Spanish.</p></ally-response-plan>`);
    const root = shadow(el);
    expect(root.querySelector('h2')!.textContent).to.equal('Family response plan');
    const privacy = root.querySelector('[part~="privacy"]')!;
    expect(privacy.textContent).to.contain('Nothing you type here is kept or sent');
    expect(privacy.compareDocumentPosition(root.querySelector('input')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      seen.push(`${stepName(el)}: ${root.querySelector('[part~="step-heading"]')!.textContent}`);
      expect(root.querySelector(`slot[name="${stepName(el)}"]`)).to.not.equal(null);
      expect(textOf(el)).to.contain(`Step ${i + 1} of 5`);
      for (const field of root.querySelectorAll('input:not([type="checkbox"]), textarea')) expect(field.getAttribute('autocomplete'), field.getAttribute('name')!).to.equal('off');
      await expect(el).to.be.accessible();
      if (i < 4) await next(el);
    }
    expect(seen).to.deep.equal(['about: About me', 'contacts: Who to call', 'children: Children and dependants', 'documents: Documents', 'ready: Get ready']);
    expect(root.querySelector('form')).to.equal(null);
    const locator = root.querySelector<HTMLAnchorElement>('[part~="locator"]')!;
    expect(locator.getAttribute('href')).to.equal('https://locator.ice.gov/odls/');
    expect(locator.rel).to.contain('noreferrer');
    expect(textOf(el)).to.contain('A-number and country of birth, or the exact name and country of birth');
    expect(root.querySelectorAll('input[type="checkbox"]')).to.have.length(6);
  });

  it('presets the partner’s hotline and legal organisation, editable, and Clear brings them back after confirming', async () => {
    const el = await fixtureIn<AllyResponsePlan>(
      html`<ally-response-plan hotline="616-555-0142" hotline-label="GR Rapid Response" legal-name="Justice Center" legal-phone="(616) 555-0199"></ally-response-plan>`,
    );
    await type(el, 'me.name', 'Ana Ruiz');
    await next(el);
    expect(input(el, 'community.name').value).to.equal('GR Rapid Response');
    expect(input(el, 'community.phone').value).to.equal('616-555-0142');
    expect(input(el, 'legal.name').value).to.equal('Justice Center');
    await type(el, 'legal.name', 'My own lawyer');
    button(el, 'Add a contact').click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[name$=".relation"]')).to.have.length(3);
    button(el, 'Clear everything').click();
    await el.updateComplete;
    expect(textOf(el)).to.contain('Clear every field? This cannot be undone.');
    button(el, 'Keep it').click();
    await el.updateComplete;
    expect(input(el, 'legal.name').value).to.equal('My own lawyer');
    button(el, 'Clear everything').click();
    await el.updateComplete;
    button(el, 'Yes, clear').click();
    await el.updateComplete;
    expect(stepName(el)).to.equal('about');
    expect(input(el, 'me.name').value).to.equal('');
    await next(el);
    expect(input(el, 'legal.name').value).to.equal('Justice Center');
    expect(shadow(el).querySelectorAll('[name$=".relation"]')).to.have.length(2);
  });

  it('checks the A-number gently: a hint, and a note only after leaving a wrong one', async () => {
    const el = await fixtureIn<AllyResponsePlan>(html`<ally-response-plan></ally-response-plan>`);
    const field = input(el, 'me.anumber');
    expect(field.getAttribute('aria-invalid')).to.equal(null);
    expect(shadow(el).getElementById(field.getAttribute('aria-describedby')!)!.textContent).to.contain('A and 8 or 9 digits');
    await type(el, 'me.anumber', 'A12345');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(el)).to.contain('This does not look like an A-number');
    await expect(el).to.be.accessible();
    await type(el, 'me.anumber', 'A123456789');
    expect(field.getAttribute('aria-invalid')).to.equal(null);
  });

  it('fires ally-plan-print and ally-plan-download with no field value', async () => {
    const el = await fixtureIn<AllyResponsePlan>(html`<ally-response-plan></ally-response-plan>`);
    await type(el, 'me.name', 'Zebulon Quarrington');
    const originalPrint = window.print;
    const originalCreate = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    let file: Blob | null = null;
    window.print = () => undefined;
    URL.createObjectURL = (blob: Blob) => ((file = blob), 'blob:x');
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      setTimeout(() => button(el, 'Print').click());
      const printed = (await oneEvent(el, 'ally-plan-print')) as CustomEvent;
      expect(printed.detail).to.deep.equal({ card: true });
      setTimeout(() => button(el, 'Download the plan').click());
      const downloaded = (await oneEvent(el, 'ally-plan-download')) as CustomEvent;
      expect(downloaded.detail).to.deep.equal({ format: 'txt' });
      expect(await file!.text()).to.contain('Full name: Zebulon Quarrington');
    } finally {
      window.print = originalPrint;
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
      removePlanPrint();
    }
  });

  it('offers Share only where the browser has it', async () => {
    const el = await fixtureIn<AllyResponsePlan>(html`<ally-response-plan></ally-response-plan>`);
    expect(!!button(el, 'Share')).to.equal(typeof navigator.share === 'function');
  });

  it('prints the plan and a wallet card in Arabic, right to left, with no inline style', async () => {
    const el = await fixtureIn<AllyResponsePlan>(html`<ally-response-plan lang="ar" hotline="616-555-0142"></ally-response-plan>`, 'ar');
    await type(el, 'me.name', 'ليلى');
    const words = (el as unknown as { words(): import('../src/response-plan/output.js').Words }).words();
    const plan = (el as unknown as { plan: import('../src/response-plan/plan.js').Plan }).plan;
    const root = buildPlanPrint(plan, words, { lang: 'ar', dir: 'rtl' });
    const sheet = root.shadowRoot!.querySelector('.sheet')!;
    expect(sheet.getAttribute('dir')).to.equal('rtl');
    expect(root.shadowRoot!.querySelector('h1')!.textContent).to.equal('خطة الطوارئ العائلية');
    expect(root.shadowRoot!.querySelector('.card')!.textContent).to.contain('ليلى').and.contain('616-555-0142');
    expect(root.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
  });

  it('counts steps and rows in the language’s own digits where its readers expect them (Persian)', async () => {
    const el = await fixtureIn<AllyResponsePlan>(html`<ally-response-plan lang="fa"></ally-response-plan>`, 'fa');
    expect(shadow(el).querySelector('[part~="progress"]')!.textContent).to.equal('مرحلهٔ ۱ از ۵');
    await next(el);
    expect(shadow(el).querySelector('legend')!.textContent).to.equal('تماس اضطراری ۱');
  });

  for (const lang of ['es', 'ar']) {
    it(`is accessible in every step in ${lang}`, async () => {
      const el = await fixtureIn<AllyResponsePlan>(html`<ally-response-plan lang=${lang} theme=${lang === 'ar' ? 'dark' : 'light'}></ally-response-plan>`, lang);
      for (let i = 0; i < 5; i++) {
        await expect(el).to.be.accessible();
        if (i < 4) await next(el);
      }
    });
  }

  it('applies heading-level and warns about a bad hotline', async () => {
    let el!: AllyResponsePlan;
    const errors = await captureConsole('error', async () => {
      el = await fixtureIn<AllyResponsePlan>(html`<ally-response-plan heading-level="4" hotline="call us"></ally-response-plan>`);
    });
    expect(shadow(el).querySelector('h4')!.textContent).to.equal('Family response plan');
    expect(shadow(el).querySelector('h5')!.textContent).to.equal('About me');
    expect(errors.join('\n')).to.contain('hotline="call us"');
  });
});
