/**
 * dist/ally-widgets.js is a loader: it defines nothing itself and imports each
 * widget found in the page, at load and when one is added later, also inside
 * open shadow roots, relative to its own URL.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CASES } from './widget-cases.js';
import { networkIdle, openPage, rendered } from './harness.js';

const hotline = CASES.find((c) => c.id === 'hotline-default')!;

describe('dist/ally-widgets.js, the loader', () => {
  it('imports only the widgets in the page', async () => {
    const page = await openPage('widgets.csp.html', [hotline]);
    try {
      await networkIdle(page.win);
      expect(page.win.customElements.get('ally-hotline'), 'hotline').to.exist;
      for (const tag of ['ally-five-ds', 'ally-rights-card', 'ally-group-finder']) expect(page.win.customElements.get(tag), tag).to.equal(undefined);
    } finally {
      page.close();
    }
  });

  it('upgrades a widget added later, and one inside an open shadow root', async () => {
    const page = await openPage('widgets.csp.html', [hotline]);
    try {
      const later = page.doc.createElement('ally-five-ds');
      page.doc.body.append(later);
      await rendered(later);

      const host = page.doc.createElement('div');
      page.doc.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      await new Promise((r) => setTimeout(r, 50));
      const inside = page.doc.createElement('ally-rights-card');
      root.append(inside);
      await rendered(inside);

      const card = page.doc.createElement('div');
      card.attachShadow({ mode: 'open' }).append(page.doc.createElement('ally-group-finder'));
      page.doc.body.append(card);
      await rendered(card.shadowRoot!.querySelector('ally-group-finder')!);
      expect(page.win.__errors).to.deep.equal([]);
      expect(page.win.__violations).to.deep.equal([]);
    } finally {
      page.close();
    }
  });

  it('shows a partner’s accent colour, asking for the code that applies it together with the widget’s code (and not without an accent)', async () => {
    const dark = CASES.find((c) => c.id === 'hotline-dark')!;
    const page = await openPage('widgets.csp.html', [dark]);
    try {
      await networkIdle(page.win);
      const call = page.widgets[0].shadowRoot!.querySelector('[part~="call"]')!;
      expect(page.win.getComputedStyle(call).backgroundColor).to.equal('rgb(251, 191, 36)');
      const entries = page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const accent = entries.find((e) => /\/dist\/chunks\/accent-line-/.test(e.name));
      const widget = entries.find((e) => /\/dist\/chunks\/ally-hotline-/.test(e.name))!;
      expect(accent, 'the accent module').to.exist;
      // Requested by the loader, not by the widget after it arrived and rendered.
      expect(accent!.startTime, 'accent requested before the widget’s code arrived').to.be.at.most(widget.responseEnd);
    } finally {
      page.close();
    }
    const plain = await openPage('widgets.csp.html', [hotline]);
    try {
      await networkIdle(plain.win);
      expect(plain.win.performance.getEntriesByType('resource').filter((e) => e.name.includes('accent-line'))).to.deep.equal([]);
    } finally {
      plain.close();
    }
  });

  it('asks for the text of the 5 D’s, the rights card and ways to help together with their code, not after it arrived', async () => {
    const cases = ['five-ds-accordion', 'rights-card-you', 'ways-to-help-list'].map((id) => CASES.find((c) => c.id === id)!);
    const page = await openPage('widgets.csp.html', cases);
    try {
      await networkIdle(page.win);
      const entries = page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      for (const folder of ['five-ds', 'rights-card', 'ways-to-help']) {
        const text = entries.find((e) => new URL(e.name).pathname.startsWith(`/dist/chunks/${folder}.content-`));
        const widget = entries.find((e) => new URL(e.name).pathname.startsWith(`/dist/chunks/ally-${folder}-`))!;
        expect(text, `${folder}: its text`).to.exist;
        expect(text!.startTime, `${folder}: text requested before the widget’s code arrived`).to.be.at.most(widget.responseEnd);
      }
      expect(page.win.__errors).to.deep.equal([]);
    } finally {
      page.close();
    }
  });

  it('fetches a widget’s strings once, in the page’s language', async () => {
    const page = await openPage('widgets.csp.html', [hotline], { lang: 'es' });
    try {
      await networkIdle(page.win);
      const strings = page.win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/locales/'));
      expect(strings.map((e) => new URL(e.name).pathname)).to.deep.equal(['/dist/locales/es/hotline.json']);
    } finally {
      page.close();
    }
  });

  it('a lang set after the first render, where there was none, fetches that language’s strings and shows them', async () => {
    const page = await openPage('widgets.csp.html', [hotline]);
    try {
      const el = page.doc.querySelector<HTMLElement>('ally-hotline')!;
      await rendered(el, 'en');
      el.setAttribute('lang', 'es');
      await rendered(el, 'es');
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Línea de emergencia de inmigración');
      const strings = page.win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/locales/'));
      expect(strings.map((e) => new URL(e.name).pathname)).to.deep.equal(['/dist/locales/es/hotline.json']);
    } finally {
      page.close();
    }
  });

  it('a widget that arrives after the page switched language shows that language from its first render', async () => {
    const page = await openPage('widgets.csp.html', [hotline], { lang: 'es' });
    try {
      const later = page.doc.createElement('ally-five-ds');
      const seen: string[] = [];
      const observer = new MutationObserver(() => {
        const base = later.shadowRoot?.querySelector('[part~="base"]');
        if (base) seen.push(base.getAttribute('lang')!);
      });
      page.doc.body.append(later);
      await waitUntil(() => page.win.customElements.get('ally-five-ds'), 'never defined', { timeout: 5000 });
      observer.observe(later.shadowRoot!, { subtree: true, childList: true, attributes: true });
      await rendered(later, 'es');
      observer.disconnect();
      expect(later.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
      expect(seen.filter((l) => l !== 'es'), 'rendered in another language first').to.deep.equal([]);
    } finally {
      page.close();
    }
  });
});
