// The README's smallest snippets, pasted one after another into a plain page that
// loads the built dist/, as a volunteer webmaster would: they must work as written
// (only the script's host and the sheet URL changed), in the page's language,
// with nothing in the console.
import { expect, waitUntil } from '@open-wc/testing';
import { WIDGETS } from '../src/widgets.mjs';

const SCRIPT = '<script type="module" src="https://YOUR-SITE/ally-widgets/dist/ally-widgets.js"></script>';
/** The first four widgets, checked in detail below; every registered widget is pasted too. */
const TAGS = ['ally-hotline', 'ally-rights-card', 'ally-five-ds', 'ally-group-finder'];
const ALL_TAGS = [...TAGS, ...WIDGETS.map((w) => w.tag).filter((tag) => !TAGS.includes(tag))];

/** The first ```html block of each widget's README section. */
async function readmeSnippets(): Promise<Map<string, string>> {
  const readme = await (await fetch('/README.md')).text();
  const snippets = new Map<string, string>();
  for (const tag of ALL_TAGS) {
    const section = readme.indexOf(`— \`<${tag}>\`\n`);
    expect(section, `README section for <${tag}>`).to.be.above(-1);
    const block = /```html\n([\s\S]*?)```/.exec(readme.slice(section))![1];
    snippets.set(tag, block);
  }
  return snippets;
}

interface FrameWindow extends Window {
  __console: string[];
}

describe('README snippets, pasted as written', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('lead each widget with the script tag and one element with at most two attributes', async () => {
    for (const [tag, snippet] of await readmeSnippets()) {
      const lines = snippet.trim().split('\n');
      expect(lines[0], tag).to.equal(SCRIPT);
      const element = new DOMParser().parseFromString(lines.slice(1).join('\n'), 'text/html').body.querySelector(tag);
      expect(element, `<${tag}> in its snippet`).to.exist;
      expect(element!.getAttributeNames().length, `<${tag}> attributes: ${element!.getAttributeNames().join(' ')}`).to.be.at.most(2);
      expect(element!.hasAttribute('lang'), `<${tag}> sets no language`).to.equal(false);
    }
  });

  it('work in a plain page: English, the partner’s number and list, no console warning or error, spaced apart', async () => {
    const snippets = await readmeSnippets();
    const body = [...snippets.values()]
      .join('\n')
      .replaceAll('https://YOUR-SITE/ally-widgets/dist/', '/dist/')
      // The partner's published sheet; here the demo list (no request leaves the test server).
      .replace(/src="https:\/\/docs\.google\.com\/[^"]*"/, 'src="/demo/groups-demo.csv"');
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1024px; height: 700px; border: 0';
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our church</title>
      <script src="/test/pages/console-record.js"></script></head>
      <body><h1>Standing with our neighbours</h1>${body}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as FrameWindow;
    const doc = frame.contentDocument!;
    const all = ALL_TAGS.map((tag) => doc.querySelector(tag)!);
    await waitUntil(() => all.every((el) => el.shadowRoot?.querySelector('[part~="base"]')), 'widgets did not render', { timeout: 8000 });
    const widgets = all.slice(0, TAGS.length);
    const finder = widgets[3];
    // The group finder fetches its list when it comes near the visible page: go there, as a visitor does.
    finder.scrollIntoView();
    await waitUntil(() => finder.shadowRoot!.querySelectorAll('[part~="result"]').length > 0, 'the group list did not show', { timeout: 8000 });

    const text = (el: Element) => (el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement).innerText;
    expect(widgets[0].shadowRoot!.querySelector('[part~="call"]')!.getAttribute('href')).to.equal('tel:+16165550142');
    expect(text(widgets[0])).to.contain('Call the hotline').and.contain('GR Rapid Response');
    expect(widgets[1].shadowRoot!.querySelector('[part~="call"]')!.getAttribute('href')).to.equal('tel:+16165550142');
    expect(text(widgets[1])).to.contain('Know your rights');
    expect(text(widgets[2])).to.contain('Distract');
    // The partner's list, not the bundled one (results below the fold are laid out only when scrolled near: read their text, not innerText).
    const results = [...finder.shadowRoot!.querySelectorAll('[part~="result"]')].map((r) => r.textContent!.replace(/\s+/g, ' '));
    expect(results.join('\n')).to.contain('Grand Rapids Rapid Response to ICE');
    expect(finder.shadowRoot!.querySelector('[part~="notice"]')).to.equal(null);

    const boxes = all.map((el) => el.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top - boxes[i - 1].bottom, `space above <${ALL_TAGS[i]}>`).to.be.at.least(16);
    expect(new Set(boxes.map((b) => b.width)).size, 'one common width').to.equal(1);
    expect(win.__console, 'console warnings and errors').to.deep.equal([]);
  });
});
