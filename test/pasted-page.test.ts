// What a partner sees after pasting the README's snippets one after another into a page.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ally-widgets.js';
import { getLocale, resetLocaleRequests } from '../src/internal/localization.js';
import { warnFilePage } from '../src/internal/page-warnings.js';
import { captureConsole } from './helpers.js';

const settled = async (root: Element) => {
  for (const el of root.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')) await el.updateComplete;
};

describe('widgets pasted one after another', () => {
  beforeEach(() => resetLocaleRequests());

  it('keep a default space between them and one common maximum width', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 1200px">
      <ally-hotline number="616-555-0142"></ally-hotline><ally-rights-card></ally-rights-card><ally-five-ds></ally-five-ds>
    </div>`);
    await settled(page);
    const [a, b, c] = [...page.children].map((el) => el.getBoundingClientRect());
    expect(b.top - a.bottom, 'space between hotline and rights card').to.be.at.least(16);
    expect(c.top - b.bottom, 'space between rights card and 5 Ds').to.be.at.least(16);
    expect(new Set([a.width, b.width, c.width]).size, `widths ${a.width}, ${b.width}, ${c.width}`).to.equal(1);
    expect(a.width).to.be.below(1200);
  });

  it('let the partner change the space and the width with --ally-space and --ally-max-width', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 1200px; --ally-space: 0px; --ally-max-width: 600px">
      <ally-hotline number="616-555-0142"></ally-hotline><ally-five-ds></ally-five-ds>
    </div>`);
    await settled(page);
    const [a, b] = [...page.children].map((el) => el.getBoundingClientRect());
    expect(b.top - a.bottom).to.equal(0);
    expect([a.width, b.width]).to.deep.equal([600, 600]);
  });

  it('shrink to a narrow column without overflowing it', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 300px"><ally-hotline></ally-hotline><ally-rights-card></ally-rights-card></div>`);
    await settled(page);
    for (const el of page.children) expect(el.getBoundingClientRect().width).to.be.at.most(300);
  });

  it('say in one console warning, naming both, that a second widget asking for another language shows the first', async () => {
    const warnings = await captureConsole('warn', async () => {
      const page = await fixture<HTMLElement>(html`<div><ally-hotline lang="en"></ally-hotline><ally-five-ds lang="es"></ally-five-ds><ally-rights-card lang="es"></ally-rights-card></div>`);
      await settled(page);
      // The advice loads on demand; give it the module load it needs.
      await import('../src/internal/page-warnings.js');
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    const languageWarnings = warnings.filter((w) => w.includes('one language at a time'));
    expect(languageWarnings).to.have.length(1);
    expect(languageWarnings[0]).to.contain('<ally-hotline lang="en">').and.contain('<ally-five-ds lang="es">').and.contain('every widget shows "en"');
    // …and the page really shows that language.
    expect(getLocale()).to.equal('en');
  });

  it('say nothing when every widget asks for the same language', async () => {
    const warnings = await captureConsole('warn', async () => {
      const page = await fixture<HTMLElement>(html`<div><ally-hotline lang="es"></ally-hotline><ally-five-ds lang="es-MX"></ally-five-ds></div>`);
      await settled(page);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    expect(warnings.filter((w) => w.includes('one language at a time'))).to.deep.equal([]);
  });

  it('tell a partner who opened the page from disk to serve it over http(s), once', async () => {
    const warnings = await captureConsole('warn', () => {
      warnFilePage();
      warnFilePage();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('file://').and.contain('over http(s)');
  });
});
