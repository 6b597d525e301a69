/**
 * Size budgets of the built dist/ (src/widgets.mjs): sizes are deterministic,
 * so a broken budget fails the test run. Gzip sizes are computed by the test
 * server (scripts/dist-sizes.mjs, the same figures `npm run bench` prints).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { WIDGETS } from '../../src/widgets.mjs';
import { CASES } from './widget-cases.js';
import { networkIdle, openPage } from './harness.js';

interface WidgetSizes {
  tag: string;
  budget: number;
  module?: string;
  own?: number;
  closure: string[];
  withLoaderAndCore: number;
  singleFile?: number;
  largestStrings?: { locale: string; bytes: number };
}
interface DistSizes {
  budgets: { loader: number; loaderCoreWidget: number; loaderCoreWidgetCeiling: number; fourWidgetPage: number; fourWidgetPageCeiling: number; strings: number };
  loader: number;
  widgets: WidgetSizes[];
}

const sizes = (await executeServerCommand('ally-dist-sizes')) as DistSizes;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

describe('size budgets (gzip) of dist/', () => {
  it(`dist/ally-widgets.js, the loader alone: ≤ ${kb(sizes.budgets.loader)}`, () => {
    expect(sizes.loader, kb(sizes.loader)).to.be.at.most(sizes.budgets.loader);
  });

  for (const w of WIDGETS) {
    const measured = sizes.widgets.find((s) => s.tag === w.tag)!;

    it(`<${w.tag}>: its own module (without its on-demand parts) ≤ ${kb(w.budget)}`, () => {
      expect(measured.module, `no dist/chunks/${w.tag}-<hash>.js`).to.be.a('string');
      expect(measured.own!, `${measured.module}: ${kb(measured.own!)}`).to.be.at.most(w.budget);
    });

    // The budget is 15 KB (budgets.loaderCoreWidget); while it is not met, the ceiling keeps widgets from growing.
    it(`<${w.tag}>: the loader, the shared core and its own module ≤ ${kb(sizes.budgets.loaderCoreWidgetCeiling)} (budget ${kb(sizes.budgets.loaderCoreWidget)})`, () => {
      const over = measured.withLoaderAndCore - sizes.budgets.loaderCoreWidget;
      expect(measured.withLoaderAndCore, `${kb(measured.withLoaderAndCore)}${over > 0 ? `, ${kb(over)} over the budget` : ''}`).to.be.at.most(sizes.budgets.loaderCoreWidgetCeiling);
    });

    it(`<${w.tag}>: the loader imports nothing of another widget for it`, () => {
      const others = WIDGETS.filter((o) => o.tag !== w.tag).map((o) => o.tag);
      const foreign = measured.closure.filter((file) => others.some((tag) => file.startsWith(`chunks/${tag}-`) || file.startsWith(`chunks/${tag}.`)));
      expect(foreign).to.deep.equal([]);
    });

    it(`<${w.tag}>: its strings in any one language ≤ ${kb(sizes.budgets.strings)}`, () => {
      expect(measured.largestStrings, 'no strings file in dist/locales/').to.exist;
      const { locale, bytes } = measured.largestStrings!;
      expect(bytes, `${locale}: ${kb(bytes)}`).to.be.at.most(sizes.budgets.strings);
    });
  }

  // Code only some widgets need (phone numbers, collapsible sections, websites and
  // e-mail addresses, the read-aloud controls) is not in the shared core: these two import none of the rest.
  for (const [tag, shared] of [
    ['ally-rights-card', ['chunks/read-aloud']],
    ['ally-group-finder', []],
  ] as const) {
    it(`<${tag}>: downloads only the loader, the shared core${shared.length ? `, ${shared.join(', ')}` : ''} and its own module (no phone-number, accordion or website code)`, () => {
      const measured = sizes.widgets.find((s) => s.tag === tag)!;
      expect(measured.closure.map((f) => f.replace(/-[\w-]{8}\.js$/, ''))).to.have.members([`chunks/${tag}`, 'chunks/core', ...shared]);
    });
  }

  // The budget is 28 KB (budgets.fourWidgetPage); while it is not met, the ceiling keeps the page from growing.
  it(`a page with the first four widgets downloads at most ${kb(sizes.budgets.fourWidgetPageCeiling)} to show them, what they load at first render included (budget ${kb(sizes.budgets.fourWidgetPage)})`, async () => {
    const first = ['five-ds-accordion', 'rights-card-you', 'hotline-default', 'group-finder-default'].map((id) => CASES.find((c) => c.id === id)!);
    expect(first.map((c) => c.tag), 'the first four widgets of the registry').to.deep.equal(WIDGETS.slice(0, 4).map((w) => w.tag));
    const page = await openPage('widgets.csp.html', first, { height: 400 });
    try {
      await networkIdle(page.win);
      // As a visitor first sees it: the group finder, below the others, has not been scrolled to (it fetches its groups then).
      expect(page.widgets[3].getBoundingClientRect().top, 'group finder top').to.be.above(page.win.innerHeight);
      const files = [...new Set(page.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname))]
        .filter((path) => path.startsWith('/dist/'))
        .map((path) => path.slice('/dist/'.length));
      const gzip = (await executeServerCommand('ally-gzip-sizes', { files })) as Record<string, number>;
      const total = files.reduce((sum, file) => sum + gzip[file], 0);
      const over = total - sizes.budgets.fourWidgetPage;
      expect(total, `${kb(total)}${over > 0 ? `, ${kb(over)} over the budget` : ''}: ${files.map((f) => `${f} ${kb(gzip[f])}`).join(', ')}`).to.be.at.most(sizes.budgets.fourWidgetPageCeiling);
    } finally {
      page.close();
    }
  });

  it('a page with only <ally-hotline> downloads the loader, the core, the hotline and the shared code it imports: nothing of the other widgets or their strings', async () => {
    const page = await openPage('widgets.csp.html', CASES.filter((c) => c.id === 'hotline-default'), { lang: 'es' });
    try {
      await networkIdle(page.win);
      const files = page.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/'));
      const hotline = sizes.widgets.find((s) => s.tag === 'ally-hotline')!;
      expect(files.sort()).to.deep.equal(['/dist/ally-widgets.js', '/dist/locales/es/hotline.json', ...hotline.closure.map((f) => `/dist/${f}`)].sort());
    } finally {
      page.close();
    }
  });
});
