/**
 * dist/builder.html, built, in real Chromium: for every registered widget, the
 * script-tag snippet copied out of the builder (its Copy button) and pasted
 * into a plain page renders the same widget with the same attributes as the
 * builder's preview, from the dist/ folder the builder was loaded from; the
 * iframe snippet carries a height measured from the widget, and its widget fits it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { WIDGETS } from '../../src/widgets.mjs';
import { CASES } from '../dist/widget-cases.js';
import { rendered } from '../dist/harness.js';
import { openBuilder, pastePage, type Builder } from './builder-harness.js';

/** What each widget is configured with: its first partner-page case's attributes, a colour and a heading level. */
function configuration(tag: string): Record<string, string> {
  const c = CASES.find((x) => x.tag === tag && !x.floating) ?? CASES.find((x) => x.tag === tag)!;
  return { ...c.attrs, accent: '#7a1f5c', 'heading-level': '3' };
}

describe('dist/builder.html: copy the script-tag snippet, paste it into a plain page', () => {
  let builder: Builder | undefined;
  afterEach(() => builder?.close());

  for (const w of WIDGETS) {
    it(`<${w.tag}>: the pasted snippet renders the same widget with the same attributes`, async () => {
      const attrs = configuration(w.tag);
      builder = await openBuilder(new URLSearchParams({ widget: w.folder, ...attrs }));
      const copied = await builder.copy('script-snippet');
      expect(copied, 'the Copy button copies the snippet shown').to.equal(builder.text('script-snippet'));
      expect(copied).to.contain(`src="${new URL(`/dist/${w.tag}.js`, location.href).href}"`);

      const preview = await builder.previewElement(w.tag);
      const page = await pastePage(copied);
      try {
        const el = page.doc.querySelector<HTMLElement>(w.tag)!;
        expect(el, `<${w.tag}> in the pasted page`).to.exist;
        expect(el.querySelector('a[href]'), 'a no-JavaScript fallback link').to.exist;
        await rendered(el);
        const written = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
        for (const [name, value] of Object.entries(attrs)) expect(written[name], name).to.equal(value);
        const shown = Object.fromEntries([...preview.attributes].map((a) => [a.name, a.value]));
        expect(written, 'the same attributes as the preview').to.deep.equal(shown);
        expect(page.errors, 'errors in the pasted page').to.deep.equal([]);
      } finally {
        page.close();
      }
    });
  }

  it('leaves out the defaults and what is empty; a Spanish widget gets a Spanish fallback link; the loader on request', async () => {
    builder = await openBuilder(new URLSearchParams({ widget: 'hotline', number: '(616) 555-0142', variant: 'button', theme: 'light', lang: 'es', org: '' }));
    const snippet = builder.text('script-snippet');
    expect(snippet).to.contain('number="(616) 555-0142"').and.contain('lang="es"');
    expect(snippet).not.to.contain('variant=').and.not.to.contain('theme=').and.not.to.contain('org=');
    expect(snippet).to.contain('<a href="tel:+16165550142">Llame a la línea de ayuda: 616-555-0142</a>');
    builder.doc.querySelector<HTMLInputElement>('#use-loader')!.click();
    await waitUntil(() => builder!.text('script-snippet').includes('/dist/ally-widgets.js'), 'the loader snippet');
    expect(builder.win.location.hash, 'kept in the address').to.contain('_loader=1');
  });
});

describe('dist/builder.html: the iframe snippet', () => {
  let builder: Builder | undefined;
  afterEach(() => builder?.close());

  for (const w of WIDGETS) {
    it(`<${w.tag}>: measured at phone and desktop widths; the widget fits the height at 360 px`, async function () {
      this.timeout(20_000);
      const attrs = configuration(w.tag);
      builder = await openBuilder(new URLSearchParams({ widget: w.folder, ...attrs }));
      await waitUntil(() => builder!.doc.getElementById('iframe-snippet'), 'the iframe snippet (after measuring)', { timeout: 10_000 });
      const snippet = await builder.copy('iframe-snippet');
      const height = Number(/height: (\d+)px/.exec(snippet)?.[1]);
      expect(height, 'a height in the snippet').to.be.greaterThan(0);
      expect(snippet).to.contain(`${new URL('/dist/embed.html', location.href).href}?widget=${w.folder}`);
      if (w.allow) expect(snippet).to.contain(`allow="${w.allow}"`);
      else expect(snippet).not.to.contain('allow=');
      const page = await pastePage(snippet, 360);
      try {
        const frame = page.doc.querySelector('iframe')!;
        const el = await waitUntil(() => frame.contentDocument?.querySelector<HTMLElement>(w.tag), 'the widget in the iframe', { timeout: 5000 }).then(() => frame.contentDocument!.querySelector<HTMLElement>(w.tag)!);
        await rendered(el);
        await waitUntil(() => frame.contentDocument!.body.getBoundingClientRect().height > 40, 'laid out');
        expect(frame.getBoundingClientRect().height).to.equal(height);
        expect(frame.contentDocument!.body.getBoundingClientRect().height, 'the widget fits its iframe').to.be.at.most(height);
      } finally {
        page.close();
      }
    });
  }
});
