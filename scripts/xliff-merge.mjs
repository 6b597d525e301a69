// Merges translations or a native speaker's review into xliff/<locale>.xlf (docs/translations.md).
//   node scripts/xliff-merge.mjs <locale> <file.json>
//
// Drafts: the JSON maps message ids to translated text. Write each placeholder of the
// English source as {0}, {1} … in source order (the tool puts the XLIFF <x/> elements
// back). Targets written this way get state="translated" (a draft). Run
// `npm run i18n:extract` first so every current message has a trans-unit.
//
// A review (the JSON the reviewer page of `npm run review` downloads):
//   { "format": "ally-widgets-review/1", "locale": "es", "reviewer": "Name", "date": "YYYY-MM-DD",
//     "messages": { "<id>": { "ok": true } | { "text": "corrected, with {0}" , "comment": "…" } | { "comment": "…" } } }
// adds a <phase process-name="review"> naming the reviewer and date to the file's header;
// messages marked correct or corrected become state="signed-off" (phase-name = that phase,
// a correction replaces the target); a message with only a comment becomes
// needs-review-translation. Comments are kept as <note from="reviewer">.
// Other units and everything else in the file are left as they are.
import { readFileSync, writeFileSync } from 'node:fs';

const REVIEW_FORMAT = 'ally-widgets-review/1';

const [locale, file] = process.argv.slice(2);
if (!locale || !file) {
  console.error('usage: node scripts/xliff-merge.mjs <locale> <translations-or-review.json>');
  process.exit(2);
}
const path = `xliff/${locale}.xlf`;
const input = JSON.parse(readFileSync(file, 'utf8'));
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (text) => escape(text).replace(/"/g, '&quot;');
let xml = readFileSync(path, 'utf8');

const review = input.format === REVIEW_FORMAT;
if (input.format && !review) fail(`unknown format "${input.format}" (expected ${REVIEW_FORMAT})`);
let phaseName;
if (review) {
  if (input.locale !== locale) fail(`this review is for "${input.locale}", not "${locale}"`);
  if (!String(input.reviewer ?? '').trim()) fail('the review has no reviewer name');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(input.date ?? ''))) fail(`the review date "${input.date}" is not YYYY-MM-DD`);
  xml = addReviewPhase(xml, input.reviewer.trim(), input.date);
}

/** Adds `<phase process-name="review">` to the header (made if missing); returns the XML and sets `phaseName`. */
function addReviewPhase(text, reviewer, date) {
  const used = new Set([...text.matchAll(/<phase\b[^>]*\bphase-name="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`review-${n}`)) n++;
  phaseName = `review-${n}`;
  const phase = `    <phase phase-name="${phaseName}" process-name="review" contact-name="${attr(reviewer)}" date="${date}T00:00:00Z"/>\n`;
  if (/<\/phase-group>/.test(text)) return text.replace(/( *)<\/phase-group>/, `${phase}$1</phase-group>`);
  if (/<header>/.test(text)) return text.replace(/<\/header>/, `  <phase-group>\n${phase}  </phase-group>\n</header>`);
  return text.replace(/<body>/, `<header>\n  <phase-group>\n${phase}  </phase-group>\n</header>\n<body>`);
}

function fail(message) {
  console.error(`xliff-merge: ${message}`);
  process.exit(1);
}

/** The change for one id: `{ text?, state, comment? }`, or undefined to leave the unit alone. */
function changeFor(id) {
  if (!review) return id in input ? { text: input[id], state: 'translated' } : undefined;
  const m = input.messages?.[id];
  if (!m) return undefined;
  const text = typeof m.text === 'string' && m.text.trim() ? m.text.trim() : undefined;
  const comment = typeof m.comment === 'string' && m.comment.trim() ? m.comment.trim() : undefined;
  if (m.ok || text) return { text, state: 'signed-off', comment };
  return comment ? { state: 'needs-review-translation', comment } : undefined;
}

const counts = { translated: 0, 'signed-off': 0, 'needs-review-translation': 0 };
const seen = new Set();
xml = xml.replace(/<trans-unit id="([^"]+)"([^>]*)>([\s\S]*?)<\/trans-unit>/g, (unit, id, attrs, body) => {
  const change = changeFor(id);
  if (!change) return unit;
  seen.add(id);
  counts[change.state]++;
  const source = /<source>([\s\S]*?)<\/source>/.exec(body)[1];
  const existing = /<target\b([^>]*)>([\s\S]*?)<\/target>/.exec(body);
  let target = existing?.[2] ?? '';
  if (change.text !== undefined) {
    const placeholders = [...source.matchAll(/<x id="[^"]*"[^>]*\/>/g)].map((m) => m[0]);
    target = escape(change.text).replace(/\{(\d+)\}/g, (token, n) => {
      if (!placeholders[n]) throw new Error(`${locale} ${id}: placeholder {${n}} not in the source`);
      return placeholders[n];
    });
    const used = (change.text.match(/\{\d+\}/g) ?? []).length;
    if (used !== placeholders.length) throw new Error(`${locale} ${id}: the source has ${placeholders.length} placeholders, the translation ${used}`);
  } else if (!existing) {
    throw new Error(`${locale} ${id}: marked reviewed but has no translation`);
  }
  const phase = review && change.state === 'signed-off' ? ` phase-name="${phaseName}"` : '';
  // The unit keeps everything else (lit-localize's <note>, earlier reviewer notes).
  const element = `<target state="${change.state}"${phase}>${target}</target>`;
  let rest = existing ? body.replace(existing[0], element) : body.replace(/(<source>[\s\S]*?<\/source>)/, `$1\n  ${element}`);
  if (change.comment) rest = rest.replace(/\s*$/, `\n  <note from="reviewer">${escape(`${input.reviewer.trim()}, ${input.date}: ${change.comment}`)}</note>\n`);
  return `<trans-unit id="${id}"${attrs}>${rest}</trans-unit>`;
});
const ids = review ? Object.keys(input.messages ?? {}) : Object.keys(input);
const unknown = ids.filter((id) => !seen.has(id) && changeFor(id));
writeFileSync(path, xml);
const summary = review
  ? `review by ${input.reviewer.trim()} (${input.date}) as ${phaseName}: ${counts['signed-off']} signed off, ${counts['needs-review-translation']} flagged`
  : `${counts.translated} translations merged (state="translated")`;
console.log(`${path}: ${summary}${unknown.length ? `; not in the source (ignored): ${unknown.join(', ')}` : ''}`);
