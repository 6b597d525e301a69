// Review status of a translation, read from its XLIFF 1.2 file (docs/translations.md):
// - each unit: `<target state="…">`; `signed-off` or `final` = checked by a native speaker,
//   anything else (`translated`, `needs-review-translation`, none) = not reviewed;
// - the file: `<header><phase-group><phase process-name="review" contact-name="…" date="YYYY-MM-DD"/>`
//   names who reviewed it and when (a unit may point at its phase with `phase-name`).
// A unit counts as reviewed only when its state says so AND a review phase names a reviewer and a date.
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { translated } from './xliff.mjs';

export const REVIEWED_STATES = new Set(['signed-off', 'final']);
/** The state every draft (machine, AI or non-native translation) carries until a native speaker checks it. */
export const DRAFT_STATE = 'translated';

/**
 * `{ locale, total, reviewedIds, draft, reviewers: [{ name, date }], units: [{ id, state, reviewed }] }`
 * for one XLIFF file.
 */
export function reviewStatus(file) {
  const doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/xml');
  const fileElement = doc.getElementsByTagName('file')[0];
  const locale = fileElement?.getAttribute('target-language') ?? '';
  const phases = new Map();
  const draft = [];
  for (const phase of Array.from(doc.getElementsByTagName('phase'))) {
    const entry = {
      phase: phase.getAttribute('phase-name') ?? '',
      process: phase.getAttribute('process-name') ?? '',
      name: (phase.getAttribute('contact-name') ?? '').trim(),
      date: (phase.getAttribute('date') ?? '').trim().slice(0, 10),
      note: Array.from(phase.getElementsByTagName('note')).map((n) => n.textContent.trim()).join(' '),
    };
    phases.set(entry.phase, entry);
    if (entry.process === 'translation') draft.push(entry);
  }
  const isReview = (p) => p && p.process === 'review' && p.name && /^\d{4}-\d{2}-\d{2}$/.test(p.date);
  const reviews = [...phases.values()].filter(isReview).sort((a, b) => a.date.localeCompare(b.date));
  const latest = reviews.at(-1);
  const units = Array.from(doc.getElementsByTagName('trans-unit')).map((unit) => {
    const target = unit.getElementsByTagName('target')[0] ?? null;
    const state = target?.getAttribute('state') ?? '';
    const phase = target?.getAttribute('phase-name') ? phases.get(target.getAttribute('phase-name')) : latest;
    const reviewed = translated(target) && REVIEWED_STATES.has(state) && isReview(phase);
    return { id: unit.getAttribute('id'), state, reviewed, reviewer: reviewed ? phase : undefined };
  });
  const reviewedIds = units.filter((u) => u.reviewed).map((u) => u.id);
  const usedReviews = reviews.filter((r) => units.some((u) => u.reviewer === r));
  return {
    locale,
    total: units.length,
    reviewedIds,
    draft,
    reviewers: usedReviews.map(({ name, date }) => ({ name, date })),
    units,
  };
}

/** `reviewed` (every unit), `partly reviewed` or `not reviewed`. */
export function statusWord({ total, reviewedIds }) {
  if (total > 0 && reviewedIds.length === total) return 'reviewed';
  return reviewedIds.length ? 'partly reviewed' : 'not reviewed';
}

/**
 * The message groups (widgets, by id prefix) whose every unit, `common.…` included, a
 * native speaker reviewed: a widget tells visitors its translation is unreviewed unless it is here.
 */
export function reviewedGroups({ units }) {
  const groups = new Map();
  for (const u of units) {
    const group = u.id.split('.')[0];
    groups.set(group, (groups.get(group) ?? true) && u.reviewed);
  }
  const common = groups.get('common') ?? true;
  return [...groups].filter(([group, all]) => group !== 'common' && all && common).map(([group]) => group).sort();
}
