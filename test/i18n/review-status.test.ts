import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { REVIEWED_GROUPS } from '../../src/generated/reviewed-groups.js';

/**
 * Each translation states its review status in its XLIFF file (docs/translations.md):
 * a `state` on every target, who drafted it and, for anything marked reviewed, who
 * reviewed it and when. The widgets read it at build time (REVIEWED_GROUPS).
 */
const STATES = ['translated', 'needs-review-translation', 'signed-off', 'final'];
const REVIEWED = new Set(['signed-off', 'final']);
const config = await (await fetch('/lit-localize.json')).json();

async function load(locale: string): Promise<Document> {
  const doc = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'application/xml');
  expect(doc.querySelector('parsererror'), `${locale}.xlf is not valid XML`).to.equal(null);
  return doc;
}

const phasesOf = (doc: Document) => [...doc.getElementsByTagName('phase')];
const isReview = (phase: Element | undefined) =>
  !!phase && phase.getAttribute('process-name') === 'review' && !!phase.getAttribute('contact-name')?.trim() && /^\d{4}-\d{2}-\d{2}/.test(phase.getAttribute('date') ?? '');

describe('every translation states its review status', () => {
  for (const locale of config.targetLocales as string[]) {
    describe(locale, () => {
      it('names who drafted it and when (a translation phase in the file header)', async () => {
        const doc = await load(locale);
        const file = doc.getElementsByTagName('file')[0];
        expect(file.firstElementChild?.localName, `${locale}.xlf: <header> must come first in <file>`).to.equal('header');
        const drafts = phasesOf(doc).filter((p) => p.getAttribute('process-name') === 'translation');
        expect(drafts.length, `${locale}.xlf has no <phase process-name="translation">`).to.be.at.least(1);
        for (const phase of drafts) {
          expect(phase.getAttribute('contact-name')?.trim(), 'contact-name: who (or what) drafted it').to.be.ok;
          expect(phase.getAttribute('date'), 'date').to.match(/^\d{4}-\d{2}-\d{2}/);
        }
      });

      it('gives every translation a review state, and every reviewed one a named, dated reviewer', async () => {
        const doc = await load(locale);
        const phases = new Map(phasesOf(doc).map((p) => [p.getAttribute('phase-name') ?? '', p]));
        const reviews = phasesOf(doc).filter(isReview).sort((a, b) => a.getAttribute('date')!.localeCompare(b.getAttribute('date')!));
        const badState: string[] = [];
        const noReviewer: string[] = [];
        for (const target of doc.getElementsByTagName('target')) {
          const id = (target.parentNode as Element).getAttribute('id')!;
          const state = target.getAttribute('state') ?? '';
          if (!STATES.includes(state)) badState.push(`${id} (${state || 'no state'})`);
          const phaseName = target.getAttribute('phase-name');
          const phase = phaseName ? phases.get(phaseName) : reviews.at(-1);
          if (REVIEWED.has(state) && !isReview(phase)) noReviewer.push(id);
        }
        expect(badState, `targets need state="${STATES.join('" | "')}"`).to.deep.equal([]);
        expect(noReviewer, 'marked reviewed without a <phase process-name="review" contact-name=… date=…>').to.deep.equal([]);
      });

      it('tells the widgets which of them a native speaker reviewed (and no other)', async () => {
        const doc = await load(locale);
        const reviewedIds = new Set(
          phasesOf(doc).some(isReview)
            ? [...doc.getElementsByTagName('target')].filter((t) => REVIEWED.has(t.getAttribute('state') ?? '')).map((t) => (t.parentNode as Element).getAttribute('id')!)
            : [],
        );
        const ids = [...doc.getElementsByTagName('trans-unit')].map((u) => u.getAttribute('id')!);
        const groups = [...new Set(ids.map((id) => id.split('.')[0]))].filter((g) => g !== 'common');
        const expected = groups.filter((g) => ids.filter((id) => id.startsWith(`${g}.`) || id.startsWith('common.')).every((id) => reviewedIds.has(id))).sort();
        expect([...(REVIEWED_GROUPS[locale] ?? [])]).to.deep.equal(expected);
      });
    });
  }
});

interface Roundtrip {
  merged: string;
  unchangedByExtract: boolean;
  changedByMerge: boolean;
  xml: string;
  status: string;
  reviewers: { name: string; date: string }[];
  reviewedIds: string[];
  reviewedGroups: string[];
}

describe('a review goes back into the XLIFF (scripts/xliff-merge.mjs) and survives `npm run i18n:extract`', () => {
  it('the reviewer page’s JSON signs off, corrects and flags messages, naming the reviewer and date; extract keeps all of it', async function () {
    this.timeout(180_000); // lit-localize extract compiles the whole source
    const messages: Record<string, object> = {
      'rightsCard.heading': { ok: true },
      'hotline.answeredBy': { text: 'Le atiende {0}', comment: 'Más cercano.' },
      'hotline.call': { comment: '¿«línea de ayuda»?' },
      'hotline.copy': {},
    };
    const review = { format: 'ally-widgets-review/1', locale: 'es', reviewer: 'Ana López', date: '2026-12-10', messages };
    const result = await executeServerCommand<Roundtrip, object>('ally-xliff-roundtrip', { locale: 'es', review });
    expect(result.merged).to.contain('2 signed off, 1 flagged');
    expect(result.unchangedByExtract, 'extract changed the reviewed file').to.equal(true);
    expect(result.status).to.equal('partly reviewed');
    expect(result.reviewers).to.deep.equal([{ name: 'Ana López', date: '2026-12-10' }]);
    expect(result.reviewedIds).to.deep.equal(['hotline.answeredBy', 'rightsCard.heading']);
    const doc = new DOMParser().parseFromString(result.xml, 'application/xml');
    const unit = (id: string) => doc.querySelector(`trans-unit[id="${id}"]`)!;
    const corrected = unit('hotline.answeredBy').querySelector('target')!;
    expect(corrected.getAttribute('state')).to.equal('signed-off');
    expect(corrected.getAttribute('phase-name')).to.equal('review-1');
    expect(corrected.textContent).to.equal('Le atiende ');
    expect(corrected.getElementsByTagName('x')).to.have.length(1);
    expect(unit('hotline.answeredBy').querySelector('note[from="reviewer"]')!.textContent).to.contain('Ana López, 2026-12-10: Más cercano.');
    expect(unit('hotline.call').querySelector('target')!.getAttribute('state')).to.equal('needs-review-translation');
    expect(unit('hotline.copy').querySelector('target')!.getAttribute('state')).to.equal('translated');
    const phase = doc.querySelector('phase[phase-name="review-1"]')!;
    expect(phase.getAttribute('process-name')).to.equal('review');
    expect(phase.getAttribute('contact-name')).to.equal('Ana López');
    expect(phase.parentElement!.parentElement!.localName).to.equal('header');
  });

  it('a widget counts as reviewed once all its messages (and the common ones) are signed off', async () => {
    const doc = new DOMParser().parseFromString(await (await fetch('/xliff/es.xlf')).text(), 'application/xml');
    const ids = [...doc.getElementsByTagName('trans-unit')].map((u) => u.getAttribute('id')!).filter((id) => /^(rightsCard|common)\./.test(id));
    const review = { format: 'ally-widgets-review/1', locale: 'es', reviewer: 'R', date: '2026-12-11', messages: Object.fromEntries(ids.map((id) => [id, { ok: true }])) };
    const result = await executeServerCommand<Roundtrip, object>('ally-xliff-roundtrip', { locale: 'es', review, extract: false });
    expect(result.reviewedGroups).to.deep.equal(['rightsCard']);
  });
});
