/**
 * <ally-report> from the built dist/ (the single-widget file and ally-widgets.js) in a
 * plain Spanish partner page under the strict CSP (test/pages/report-es*.csp.html): a witness fills in
 * a report in Spanish, the Text it link carries it to the phone's own app, Call
 * dials the line — and the place they typed (and the position they added) is
 * found in no request, storage, URL, event detail or console line.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { settle } from './harness.js';
import { expectNoTrace, type RecordingPage } from './privacy-traces.js';

/** Distinctive enough that it cannot appear anywhere by chance. */
const PLACE = 'Calle Zorzal 4417 y Qüinto, frente a la panadería';
const LATITUDE = 42.9631289;
const LONGITUDE = -85.6680133;

type ReportPage = RecordingPage;

async function open(page: string): Promise<{ frame: HTMLIFrameElement; win: ReportPage; el: HTMLElement; root: ShadowRoot }> {
  const frame = document.createElement('iframe');
  frame.title = 'report';
  frame.style.cssText = 'position:fixed;top:0;left:0;border:0;width:400px;height:700px;background:#fff;z-index:1';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/${page}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ReportPage;
  const el = win.document.querySelector<HTMLElement>('ally-report')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"][lang="es"]'), 'the report never rendered in Spanish', { timeout: 5000 });
  await settle(el);
  return { frame, win, el, root: el.shadowRoot! };
}

/** The single-widget file, and the one script a partner pastes for every widget. */
const PAGES = [
  ['dist/ally-report.js', 'report-es.csp.html'],
  ['dist/ally-widgets.js', 'report-es-all.csp.html'],
];

for (const [file, page] of PAGES) {
  describe(`<ally-report> from ${file} in a plain Spanish page`, () => {
    it('a report written in Spanish becomes an sms: link holding the place and a tel: link to the line; the place and position go nowhere else', async () => {
      const { frame, win, el, root } = await open(page);
      try {
        const startUrl = win.location.href;
        const startHistory = win.history.length;
        const events: string[] = [];
        win.document.addEventListener('ally-report', (e) => events.push(JSON.stringify((e as CustomEvent).detail)));
        // The phone's position, answered in the page (the test browser has no GPS).
        Object.defineProperty(win.navigator, 'geolocation', {
          configurable: true,
          value: {
            getCurrentPosition: (ok: PositionCallback) =>
              setTimeout(() => ok({ coords: { latitude: LATITUDE, longitude: LONGITUDE, accuracy: 9 }, timestamp: Date.now() } as unknown as GeolocationPosition)),
          },
        });

        // What do you see? A raid at a workplace, ICE, six agents.
        root.querySelector<HTMLInputElement>('input[name="kind"][value="workplace"]')!.click();
        root.querySelector<HTMLInputElement>('input[name="agency"][value="ice"]')!.click();
        const agents = root.querySelector<HTMLInputElement>('input[name="agents"]')!;
        agents.focus();
        await sendKeys({ type: '6' });
        // Where? Typed with the keyboard, as a witness does.
        const place = root.querySelector<HTMLInputElement>('[part~="place"]')!;
        place.focus();
        await sendKeys({ type: PLACE });
        root.querySelector<HTMLButtonElement>('[part~="locate"]')!.click();
        await waitUntil(() => root.querySelector('[part~="message"]')!.textContent!.includes('42.96313'), 'the position never reached the message');
        await settle(el);

        const sms = root.querySelector<HTMLAnchorElement>('a[part~="sms"]')!;
        const href = sms.getAttribute('href')!;
        expect(href.startsWith('sms:877877?&body=')).to.equal(true);
        const body = decodeURIComponent(href.slice(href.indexOf('&body=') + 6));
        expect(body).to.contain(`Dónde / Where: ${PLACE}`);
        expect(body).to.contain('Una redada en un lugar de trabajo / A raid at a workplace');
        expect(body).to.contain('Agentes / Agents: 6');
        expect(body).to.contain('Cuándo / When: ahora / now');
        expect(body).to.contain('Ubicación / Location: 42.96313, -85.66801');
        expect(root.querySelector<HTMLAnchorElement>('a[part~="call"]')!.getAttribute('href')).to.equal('tel:+16165550142');
        expect(sms.textContent).to.contain('Enviar texto');

        // The witness taps Text it, Call and Copy (record-errors.js keeps the page where it is).
        sms.click();
        root.querySelector<HTMLAnchorElement>('a[part~="call"]')!.click();
        root.querySelector<HTMLButtonElement>('[part~="copy"]')!.click();
        await waitUntil(() => root.querySelector('[role="status"]')!.textContent!.trim(), 'Copy said nothing');
        await settle(el, 100);
        expect(win.__navigations.map((url) => url.split('?')[0])).to.deep.equal(['sms:877877', 'tel:+16165550142']);
        expect(events.slice(0, 2)).to.deep.equal(['{"via":"sms","kind":"workplace"}', '{"via":"call","kind":"workplace"}']);

        // Only through the phone's own apps: nowhere else.
        expect(win.location.href).to.equal(startUrl);
        expect(win.history.length).to.equal(startHistory);
        await expectNoTrace(win, events, [PLACE, 'Zorzal', encodeURIComponent('Zorzal 4417'), '4417', '42.963', '85.668']);
      } finally {
        frame.remove();
      }
    });
  });
}
