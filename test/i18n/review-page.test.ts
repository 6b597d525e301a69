import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { MESSAGE_IDS } from '../../src/generated/message-ids.js';
import { directionOf } from '../../src/internal/languages.js';

/**
 * The reviewer kit (`npm run review -- <code>`, scripts/review-page.mjs): one self-contained
 * page per language that a volunteer opens, fills in and sends back as JSON, which
 * scripts/xliff-merge.mjs turns into signed-off, corrected or flagged units.
 */
const config = await (await fetch('/lit-localize.json')).json();
const pageOf = (locale: string) => executeServerCommand<string, object>('ally-review-page', { locale });

/** Opens the page in an iframe as a reviewer would (its own CSP applies: srcdoc keeps the <meta>). */
async function open(html: string, width = 800): Promise<Window & { reviewAnswers(): { messages: Record<string, object> } }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as never;
}

describe('reviewer page', () => {
  for (const locale of config.targetLocales as string[]) {
    it(`${locale}: every message with its English, its translation (in its language and direction) and a context note; nothing loaded from anywhere`, async () => {
      const doc = new DOMParser().parseFromString(await pageOf(locale), 'text/html');
      const items = [...doc.querySelectorAll<HTMLElement>('.msg')];
      expect(items.map((i) => i.dataset.id).sort(), locale).to.deep.equal([...MESSAGE_IDS].sort());
      for (const item of items) {
        const [english, translation] = [...item.querySelectorAll('dd.text')];
        expect(english.getAttribute('lang'), item.dataset.id).to.equal('en');
        expect(english.textContent!.trim(), item.dataset.id).not.to.equal('');
        expect(translation.getAttribute('lang'), item.dataset.id).to.equal(locale);
        expect(translation.getAttribute('dir')).to.equal(directionOf(locale));
        expect([...item.querySelectorAll('dt')].map((dt) => dt.textContent)).to.include('Context');
        expect(item.querySelectorAll('textarea')).to.have.length(2);
      }
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.match(/^default-src 'none';/);
      const external = [...doc.querySelectorAll('[src], [href], link, iframe, img, object, embed')];
      expect(external.map((e) => e.outerHTML.slice(0, 80)), `${locale}: elements that load something`).to.deep.equal([]);
    });
  }

  it('fits a 320 px phone: no sideways scrolling, the name field inside the screen', async () => {
    const win = await open(await pageOf('pa'), 320);
    const doc = win.document;
    expect(doc.documentElement.scrollWidth, 'page width').to.be.at.most(320);
    const name = doc.querySelector<HTMLInputElement>('input[name="reviewer"]')!.getBoundingClientRect();
    expect(name.right, 'the name field').to.be.at.most(320);
    win.frameElement!.remove();
  });

  it('shows the glossary terms a message uses', async () => {
    const doc = new DOMParser().parseFromString(await pageOf('es'), 'text/html');
    const door = doc.querySelector('.msg[data-id="rightsCard.door.body"]')!;
    expect(door.textContent).to.contain('warrant signed by a judge → orden judicial firmada por un juez');
  });

  it('what a reviewer fills in comes back as JSON that xliff-merge applies, with their name and the date', async function () {
    this.timeout(30_000);
    const win = await open(await pageOf('es'));
    const doc = win.document;
    const item = (id: string) => doc.querySelector(`.msg[data-id="${id}"]`)!;
    const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    };
    // Without a name, the download asks for one.
    doc.getElementById('download')!.click();
    expect(doc.getElementById('status')!.textContent).to.contain('your name');
    type(doc.querySelector<HTMLInputElement>('[name=reviewer]')!, 'Ana López');
    type(doc.querySelector<HTMLInputElement>('[name=date]')!, '2026-12-10');
    item('rightsCard.heading').querySelector<HTMLInputElement>('.ok')!.click();
    // A correction that drops the placeholder is caught on the page.
    type(item('hotline.answeredBy').querySelector('.fix')!, 'Le atiende');
    expect(item('hotline.answeredBy').querySelector<HTMLElement>('.warn')!.hidden).to.equal(false);
    doc.getElementById('download')!.click();
    expect(doc.getElementById('status')!.textContent).to.contain('placeholder');
    type(item('hotline.answeredBy').querySelector('.fix')!, 'Le atiende {0}');
    expect(item('hotline.answeredBy').querySelector<HTMLElement>('.warn')!.hidden).to.equal(true);
    type(item('hotline.call').querySelector('.comment')!, '¿«línea de ayuda»?');
    doc.getElementById('download')!.click();
    await waitUntil(() => doc.getElementById('status')!.textContent!.startsWith('Saved review-es-2026-12-10.json'), 'the review was not saved');
    const review = win.reviewAnswers();
    expect(review).to.deep.equal({
      format: 'ally-widgets-review/1',
      locale: 'es',
      reviewer: 'Ana López',
      date: '2026-12-10',
      messages: { 'hotline.answeredBy': { text: 'Le atiende {0}' }, 'hotline.call': { comment: '¿«línea de ayuda»?' }, 'rightsCard.heading': { ok: true } },
    });
    const result = await executeServerCommand<{ merged: string; reviewedIds: string[]; reviewers: object[] }, object>('ally-xliff-roundtrip', { locale: 'es', review, extract: false });
    expect(result.merged).to.contain('review by Ana López (2026-12-10) as review-1: 2 signed off, 1 flagged');
    expect(result.reviewedIds).to.deep.equal(['hotline.answeredBy', 'rightsCard.heading']);
  });
});
