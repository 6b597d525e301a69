/**
 * <ally-response-plan> from the built dist/ in a plain page under the strict CSP, 320 px wide,
 * in English, Spanish and Arabic (test/pages/response-plan.csp.html?lang=…): the whole plan is
 * written with the keyboard alone, printed, downloaded and cleared — and nothing typed is
 * found in any request, storage, URL, event detail or console line. And when the steps after the
 * first cannot load (blocked, offline), Next says so in the page and keeps what was typed.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { settle } from './harness.js';
import { expectNoTrace, type RecordingPage } from './privacy-traces.js';

interface PlanPage extends RecordingPage {
  URL: typeof URL;
  Event: typeof Event;
  HTMLAnchorElement: typeof HTMLAnchorElement;
}

/** One distinctive value per field: none can appear anywhere by chance. */
const VALUES: Record<string, string> = {
  'me.name': 'Quetzalina Ybarrondo Wexley',
  'me.birth': '17/09/1981',
  'me.country': 'Zantoria Nublosa',
  'me.anumber': 'A208317764',
  'me.languages': 'Kichwa Yanesha',
  'me.medical': 'Levotiroxina 88mcg diaria',
  'contacts.0.name': 'Marisombra Kettleby',
  'contacts.0.relation': 'Hermanastra Uxoria',
  'contacts.0.phone': '616-555-0177',
  'contacts.1.name': 'Oswaldrino Pemberfield',
  'contacts.1.relation': 'Compadre Vexton',
  'contacts.1.phone': '616-555-0166',
  'contacts.2.name': 'Ildefonsa Crumwhistle',
  'contacts.2.relation': 'Vecina Zollinger',
  'contacts.2.phone': '616-555-0155',
  'children.0.name': 'Tzipporah Ybarrondo',
  'children.0.school': 'Escuela Quillbrook Primaria',
  'children.0.pickup': 'Brunhilde Okonkwozi',
  'children.0.pickupPhone': '616-555-0144',
  'children.0.notes': 'Alergia cacahuate Xeltrix',
  'docs.passport': 'Cajón azul Frobisher',
  'docs.births': 'Carpeta verde Dunmorrow',
  'docs.immigration': 'Caja fuerte Wyndhollow',
  'docs.prescriptions': 'Botiquín Pellucidar',
  'docs.caregiver': 'Notaría Quembly Grove',
};
/** The order a visitor meets the fields, step by step (the third contact comes from "Add a contact"). */
const STEPS = [
  ['me.name', 'me.birth', 'me.country', 'me.anumber', 'me.languages', 'me.medical'],
  ['contacts.0.name', 'contacts.0.relation', 'contacts.0.phone', 'contacts.1.name', 'contacts.1.relation', 'contacts.1.phone', 'ADD', 'contacts.2.name', 'contacts.2.relation', 'contacts.2.phone'],
  ['children.0.name', 'children.0.school', 'children.0.pickup', 'children.0.pickupPhone', 'children.0.notes'],
  ['docs.passport', 'docs.births', 'docs.immigration', 'docs.prescriptions', 'docs.caregiver'],
];

async function open(lang: string) {
  const frame = document.createElement('iframe');
  frame.title = 'plan';
  frame.style.cssText = 'position:fixed;top:0;left:0;border:0;width:320px;height:640px;background:#fff;z-index:1';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/response-plan.csp.html?lang=${lang}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PlanPage;
  const el = win.document.querySelector<HTMLElement>('ally-response-plan')!;
  await waitUntil(() => el.shadowRoot?.querySelector(`[part~="base"][lang="${lang}"]`), `the plan never rendered in ${lang}`, { timeout: 5000 });
  await settle(el);
  return { frame, win, el, root: el.shadowRoot! };
}

for (const lang of ['en', 'es', 'ar']) {
  describe(`<ally-response-plan> from dist/ in a plain ${lang} page at 320 px`, () => {
    it('is written, printed, downloaded and cleared with the keyboard alone; nothing typed goes anywhere', async () => {
      const { frame, win, el, root } = await open(lang);
      try {
        const startUrl = win.location.href;
        const startHistory = win.history.length;
        const events: string[] = [];
        for (const name of ['ally-plan-print', 'ally-plan-download']) win.document.addEventListener(name, (e) => events.push(`${name} ${JSON.stringify((e as CustomEvent).detail)}`));
        // Files are made in the page: keep what would be downloaded, instead of saving it.
        const files: { name: string; blob: Blob }[] = [];
        const blobs = new Map<string, Blob>();
        win.URL.createObjectURL = (blob: Blob) => {
          const url = `blob:${win.location.origin}/${blobs.size}`;
          blobs.set(url, blob as Blob);
          return url;
        };
        win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          files.push({ name: this.download, blob: blobs.get(this.href)! });
        };

        const active = () => root.activeElement as HTMLElement | null;
        /** Presses Tab until the focused element in the widget matches (at most 40 times). */
        const tabTo = async (matches: (e: HTMLElement) => boolean, what: string) => {
          for (let i = 0; i < 40 && !(active() && matches(active()!)); i++) await sendKeys({ press: 'Tab' });
          expect(active() && matches(active()!), `Tab never reached ${what}`).to.equal(true);
        };
        const noScroll = (step: number) => {
          const base = root.querySelector<HTMLElement>('[part~="base"]')!;
          expect(base.scrollWidth, `step ${step + 1} scrolls sideways`).to.be.at.most(base.clientWidth + 1);
          expect(win.document.documentElement.scrollWidth, `page scrolls sideways at step ${step + 1}`).to.be.at.most(320);
        };

        win.document.getElementById('start')!.focus();
        expect(root.querySelector('[part~="privacy"]')!.textContent!.trim().length).to.be.greaterThan(20);
        expect(root.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        for (const [step, fields] of STEPS.entries()) {
          noScroll(step);
          for (const name of fields) {
            if (name === 'ADD') {
              await tabTo((e) => e.classList.contains('add'), 'Add a contact');
              await sendKeys({ press: 'Enter' });
              await settle(el);
              continue;
            }
            await tabTo((e) => e.getAttribute('name') === name, name);
            await sendKeys({ type: VALUES[name] });
          }
          await tabTo((e) => e.localName === 'button' && e.classList.contains('primary') && !!e.closest('[part~="nav"]'), 'Next');
          await sendKeys({ press: 'Enter' });
          await settle(el);
          expect(root.activeElement?.id, 'focus goes to the new step’s heading').to.equal('step-heading');
        }
        // Partner presets were kept.
        expect(root.querySelector('[part~="step"]')!.getAttribute('part')).to.contain('ready');
        noScroll(4);
        // Get ready: tick the first item with Space; the locator is a link, not opened.
        await tabTo((e) => e.localName === 'input' && (e as HTMLInputElement).type === 'checkbox', 'the checklist');
        await sendKeys({ press: 'Space' });
        expect((active() as HTMLInputElement).checked).to.equal(true);
        await tabTo((e) => e.getAttribute('part') === 'locator', 'the locator link');
        expect(active()!.getAttribute('href')).to.equal('https://locator.ice.gov/odls/');

        // Print, then both downloads, by keyboard.
        const actions = [...root.querySelectorAll<HTMLButtonElement>('[part~="actions"] button')];
        for (const index of [0, 1, 2]) {
          await tabTo((e) => e === actions[index], `action ${index}`);
          await sendKeys({ press: 'Enter' });
          await waitUntil(() => events.length === index + 1, `action ${index} did nothing`);
        }
        expect(win.__prints).to.equal(1);
        expect(events).to.deep.equal(['ally-plan-print {"card":true}', 'ally-plan-download {"format":"txt"}', 'ally-plan-download {"format":"vcf"}']);
        expect(files.map((f) => f.name)).to.deep.equal(['family-plan.txt', 'family-plan-contacts.vcf']);
        const text = await files[0].blob.text();
        for (const [name, value] of Object.entries(VALUES)) expect(text, `the plan file lacks ${name}`).to.contain(value);
        expect(text).to.contain('Justice Center').and.contain('GR Rapid Response');
        const doubled = text.split('\r\n').filter((line) => /:[^:]*: /.test(line.replace(/https?:\/\//g, '')));
        expect(doubled, 'a line of the plan file with two labels').to.deep.equal([]);
        const vcf = await files[1].blob.text();
        expect(vcf).to.contain('FN:Marisombra Kettleby').and.contain('TEL;TYPE=VOICE:+16165550177').and.contain('FN:Brunhilde Okonkwozi').and.contain('FN:GR Rapid Response');
        // The printed plan is in the page (its own shadow root, constructed stylesheets), with the wallet card.
        const printed = win.document.querySelector('.ally-plan-print')!.shadowRoot!;
        expect(printed.querySelector('.card')!.textContent).to.contain('Quetzalina Ybarrondo Wexley').and.contain('616-555-0177');
        expect(printed.querySelectorAll('[style]')).to.have.length(0);

        // Leaving now would show the browser's own reminder.
        const leaving = new win.Event('beforeunload', { cancelable: true });
        win.dispatchEvent(leaving);
        expect(leaving.defaultPrevented, 'no reminder before leaving a filled plan').to.equal(true);

        // Nothing typed anywhere it could be kept or sent.
        expect(win.location.href).to.equal(startUrl);
        expect(win.history.length).to.equal(startHistory);
        expect(win.document.querySelector('form'), 'a form').to.equal(null);
        expect(root.querySelector('form'), 'a form').to.equal(null);
        await expectNoTrace(win, events, Object.values(VALUES).flatMap((v) => [v, encodeURIComponent(v), v.split(' ')[0]]));

        // Clear, confirmed by keyboard: focus lands on "Keep it" first, Shift+Tab to "Yes, clear".
        await tabTo((e) => e.hasAttribute('data-clear'), 'Clear everything');
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(active()!.hasAttribute('data-keep')).to.equal(true);
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(active()!.textContent).to.equal(root.querySelector('[part~="confirm"] .danger')!.textContent);
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(root.querySelector('[part~="step"]')!.getAttribute('part')).to.contain('about');
        expect(root.querySelector<HTMLInputElement>('[name="me.name"]')!.value).to.equal('');
        const after = new win.Event('beforeunload', { cancelable: true });
        win.dispatchEvent(after);
        expect(after.defaultPrevented, 'a reminder after clearing').to.equal(false);
      } finally {
        frame.remove();
      }
    });
  });
}

/** The steps after the first, as the single-widget file and the loader name their chunk. */
const LATER_STEPS = ['/dist/chunks/*later-steps*'];

for (const lang of ['en', 'es']) {
  describe(`<ally-response-plan> from dist/ in a plain ${lang} page when the next steps cannot load`, () => {
    afterEach(() => executeServerCommand('ally-block-urls', { paths: [] }));

    it('keeps the visitor on step 1 with what they typed, says so under Next, and goes on once the steps load', async () => {
      await executeServerCommand('ally-block-urls', { paths: LATER_STEPS });
      const { frame, el, root } = await open(lang);
      try {
        const name = root.querySelector<HTMLInputElement>('[name="me.name"]')!;
        name.focus();
        await sendKeys({ type: VALUES['me.name'] });
        const next = () => root.querySelector<HTMLButtonElement>('[part~="nav"] .primary')!;
        const notice = () => root.querySelector<HTMLElement>('[part~="notice"]');
        expect(notice(), 'a notice before Next was pressed').to.equal(null);
        next().focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(notice, 'Next failed silently: no notice in the page', { timeout: 5000 });
        await settle(el);

        // The notice is on the page, in the page's language, an alert near Next; focus stays on Next.
        const text = notice()!.innerText.trim();
        expect(notice()!.checkVisibility({ opacityProperty: true, visibilityProperty: true }), 'the notice is hidden').to.equal(true);
        expect(notice()!.getAttribute('role')).to.equal('alert');
        expect(text, 'the notice names the Next button').to.contain(next().textContent!.split(':')[0].trim());
        if (lang === 'en') expect(text).to.equal('The next step could not load. Check your connection, then press Next again. What you typed is still here.');
        else expect(text).to.not.contain('could not load');
        const below = next().closest('[part~="nav"]')!.getBoundingClientRect().bottom;
        expect(notice()!.getBoundingClientRect().top - below, 'the notice is far from Next').to.be.within(-1, 48);
        expect(root.activeElement, 'focus moved off Next').to.equal(next());
        // Still the first step, with what was typed.
        expect(root.querySelector('[part~="step"]')!.getAttribute('part')).to.contain('about');
        expect(root.querySelector<HTMLInputElement>('[name="me.name"]')!.value).to.equal(VALUES['me.name']);

        // The connection is back: Next goes on, and the notice is gone.
        await executeServerCommand('ally-block-urls', { paths: [] });
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => root.querySelector('[part~="step"]')!.getAttribute('part')!.includes('contacts'), 'Next did not go on once the steps could load', { timeout: 5000 });
        await settle(el);
        expect(notice(), 'the notice stayed after the steps loaded').to.equal(null);
        expect(root.activeElement?.id, 'focus goes to the new step’s heading').to.equal('step-heading');
        root.querySelector<HTMLButtonElement>('[part~="nav"] .button:not(.primary)')!.click();
        await settle(el);
        expect(root.querySelector<HTMLInputElement>('[name="me.name"]')!.value).to.equal(VALUES['me.name']);
      } finally {
        frame.remove();
      }
    });
  });
}
