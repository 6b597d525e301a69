// The reviewer kit: one self-contained HTML page per language for a native-speaker reviewer.
//   npm run review -- <code> [<code> …]     (or `all`)  →  review/<code>.html
// For each message of each widget: the English, the translation, the glossary terms it uses,
// a short context note, its review state, and boxes to confirm, correct or comment. The page
// makes no request (its own Content-Security-Policy allows nothing from anywhere), prints as a
// paper form, and downloads the reviewer's answers as JSON for scripts/xliff-merge.mjs
// (docs/translations.md).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { WIDGETS } from '../src/widgets.mjs';
import { WIDGET_CONTEXT, contextOf } from './review-context.mjs';
import { reviewStatus } from './xliff-status.mjs';
import { names } from './language-table.mjs';

const RTL = new Set(['ar', 'fa', 'ps', 'ur', 'he', 'yi', 'dv', 'ckb', 'sd', 'ug']);
const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A <source>/<target> element as text, each placeholder as {n}; and the placeholders' source expressions. */
function plain(element) {
  if (!element) return { text: '', placeholders: {} };
  let text = '';
  const placeholders = {};
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 1 && node.nodeName === 'x') {
      const id = node.getAttribute('id');
      placeholders[id] = node.getAttribute('equiv-text') ?? '';
      text += `{${id}}`;
    } else text += node.textContent ?? '';
  }
  return { text, placeholders };
}

/** The glossary of a language: `[{ en: ['right to remain silent', 'stay silent'], line: 'English → translation' }]`. */
export function readGlossary(locale) {
  const file = `xliff/glossary/${locale}.md`;
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  const rows = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('|') || /^\|[\s:|-]+\|?\s*$/.test(lines[i])) continue;
    if (/^\|[\s:|-]+\|?\s*$/.test(lines[i + 1] ?? '')) continue; // a table's header row
    const cells = lines[i].split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length < 2 || !cells[0]) continue;
    const variants = cells[0]
      .replace(/\([^)]*\)/g, ' ')
      .split(/\s*\/\s*/)
      .map((v) => v.replace(/["“”*]/g, '').trim())
      .filter((v) => v.length > 1);
    rows.push({ en: variants, english: cells[0].replace(/\*/g, ''), translation: cells[1].replace(/\*/g, '') });
  }
  return rows;
}

const termPattern = (term) => new RegExp(`(^|[^\\p{L}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-‑]/g, '[-‑]')}`, 'iu');

/** The glossary rows whose English term appears in `english`. */
function termsIn(english, glossary) {
  return glossary.filter((row) => row.en.some((term) => termPattern(term).test(english)));
}

function units(locale) {
  const doc = new DOMParser().parseFromString(readFileSync(`xliff/${locale}.xlf`, 'utf8'), 'text/xml');
  const status = reviewStatus(`xliff/${locale}.xlf`);
  const stateOf = new Map(status.units.map((u) => [u.id, u]));
  return Array.from(doc.getElementsByTagName('trans-unit')).map((unit) => {
    const id = unit.getAttribute('id');
    const notes = Array.from(unit.getElementsByTagName('note'));
    const source = plain(unit.getElementsByTagName('source')[0]);
    const target = plain(unit.getElementsByTagName('target')[0]);
    const s = stateOf.get(id);
    return {
      id,
      group: id.split('.')[0],
      english: source.text,
      placeholders: source.placeholders,
      translation: target.text,
      state: s?.state || (target.text ? 'translated' : 'missing'),
      reviewer: s?.reviewer ? `${s.reviewer.name}, ${s.reviewer.date}` : '',
      desc: notes.find((n) => n.getAttribute('from') === 'lit-localize')?.textContent.trim() ?? '',
      comments: notes.filter((n) => n.getAttribute('from') === 'reviewer').map((n) => n.textContent.trim()),
    };
  });
}

const STATE_WORDS = {
  translated: 'draft, not reviewed',
  'needs-review-translation': 'flagged, needs review',
  'signed-off': 'reviewed',
  final: 'reviewed (final)',
  missing: 'not translated yet',
};

/** The page's own script: collect the answers, download them as JSON, load a saved file, check placeholders. */
const SCRIPT = `
const form = document.getElementById('review');
const locale = document.documentElement.dataset.locale;
function answers() {
  const messages = {};
  for (const item of document.querySelectorAll('.msg')) {
    const id = item.dataset.id;
    const ok = item.querySelector('.ok').checked;
    const text = item.querySelector('.fix').value.trim();
    const comment = item.querySelector('.comment').value.trim();
    if (ok || text || comment) messages[id] = { ...(ok ? { ok: true } : {}), ...(text ? { text } : {}), ...(comment ? { comment } : {}) };
  }
  return { format: 'ally-widgets-review/1', locale, reviewer: form.reviewer.value.trim(), date: form.date.value, messages };
}
window.reviewAnswers = answers;
form.addEventListener('submit', (event) => event.preventDefault());
function placeholdersOk(item) {
  const fix = item.querySelector('.fix');
  const want = (item.dataset.placeholders || '').split(' ').filter(Boolean).sort().join(' ');
  const have = (fix.value.match(/\\{\\d+\\}/g) || []).map((p) => p.slice(1, -1)).sort().join(' ');
  const bad = fix.value.trim() !== '' && want !== have;
  item.querySelector('.warn').hidden = !bad;
  fix.setAttribute('aria-invalid', String(bad));
  return !bad;
}
function progress() {
  const all = document.querySelectorAll('.msg').length;
  const done = Object.keys(answers().messages).length;
  document.getElementById('progress').textContent = done + ' of ' + all + ' messages answered';
}
form.addEventListener('input', (event) => {
  const item = event.target.closest('.msg');
  if (item) placeholdersOk(item);
  progress();
});
document.getElementById('download').addEventListener('click', () => {
  const result = answers();
  const status = document.getElementById('status');
  const bad = [...document.querySelectorAll('.msg')].filter((item) => !placeholdersOk(item));
  if (!result.reviewer || !result.date) {
    status.textContent = 'Please write your name and the date at the top first.';
    (result.reviewer ? form.date : form.reviewer).focus();
    return;
  }
  if (bad.length) {
    status.textContent = bad.length + ' corrected text(s) lose or add a {number} placeholder: see the messages marked in red.';
    bad[0].querySelector('.fix').focus();
    return;
  }
  const blob = new Blob([JSON.stringify(result, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = 'review-' + locale + '-' + result.date + '.json';
  document.body.append(link);
  link.click();
  link.remove();
  status.textContent = 'Saved ' + link.download + ' (' + Object.keys(result.messages).length + ' messages). Send this file back to the project; nothing was sent from this page.';
});
document.getElementById('load').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (!file) return;
  const status = document.getElementById('status');
  try {
    const saved = JSON.parse(await file.text());
    if (saved.format !== 'ally-widgets-review/1' || saved.locale !== locale) throw new Error('not a review of this language');
    form.reviewer.value = saved.reviewer || '';
    form.date.value = saved.date || '';
    for (const item of document.querySelectorAll('.msg')) {
      const m = saved.messages[item.dataset.id] || {};
      item.querySelector('.ok').checked = !!m.ok;
      item.querySelector('.fix').value = m.text || '';
      item.querySelector('.comment').value = m.comment || '';
      placeholdersOk(item);
    }
    status.textContent = 'Loaded your saved review: carry on where you left off.';
    progress();
  } catch (error) {
    status.textContent = 'That file could not be loaded (' + error.message + ').';
  }
});
document.getElementById('print').addEventListener('click', () => window.print());
progress();
`;

const STYLE = `
:root { color-scheme: light; font-family: system-ui, "Noto Sans", sans-serif; line-height: 1.45; }
body { max-width: 62rem; margin: 0 auto; padding: 1rem; color: #1a1c20; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .25rem; padding-top: .5rem; border-top: 3px solid #1a1c20; }
.about { margin: 0 0 1rem; color: #333; }
.intro { background: #f3f4f6; padding: .75rem 1rem; border-radius: .5rem; }
.who { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: end; margin: 1rem 0; }
.who label { display: grid; grid-template-columns: minmax(0, 1fr); gap: .25rem; font-weight: 600; max-width: 100%; }
.who label:first-child { flex: 0 1 28rem; }
.who input[type=text] { width: 100%; box-sizing: border-box; }
input[type=text], input[type=date], textarea { font: inherit; padding: .4rem .5rem; border: 1px solid #6b7280; border-radius: .35rem; }
.actions { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; padding: .5rem 0; background: #fff; border-bottom: 1px solid #d1d5db; }
button, .file { font: inherit; min-height: 44px; padding: .4rem 1rem; border: 2px solid #1d4ed8; border-radius: .5rem; background: #fff; color: #1d4ed8; cursor: pointer; display: inline-flex; align-items: center; }
button.primary { background: #1d4ed8; color: #fff; }
.file input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.file:focus-within, button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
#status { flex-basis: 100%; min-height: 1.5em; margin: 0; font-weight: 600; }
.msg { margin: 1rem 0; padding: .75rem 1rem; border: 1px solid #9ca3af; border-radius: .5rem; break-inside: avoid; page-break-inside: avoid; }
.msg header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem; font-size: .85rem; color: #4b5563; }
.msg code { font-size: .85rem; }
.state { padding: 0 .5rem; border-radius: 1rem; background: #fef3c7; color: #78350f; }
.state.reviewed { background: #dcfce7; color: #14532d; }
dl { display: grid; grid-template-columns: minmax(7rem, max-content) minmax(0, 1fr); gap: .35rem 1rem; margin: .5rem 0; }
dd code { overflow-wrap: anywhere; }
dt { font-weight: 600; color: #374151; }
dd { margin: 0; }
.text { font-size: 1.1rem; }
.ph { font-family: ui-monospace, monospace; font-size: .9em; padding: 0 .2em; border: 1px solid #9ca3af; border-radius: .25rem; background: #f3f4f6; }
.terms { margin: 0; padding-inline-start: 1.2rem; }
.answer { display: grid; gap: .5rem; margin-top: .5rem; }
.answer label { display: grid; gap: .2rem; }
.answer .check { display: flex; gap: .5rem; align-items: center; min-height: 44px; font-weight: 600; }
.check input { width: 1.4rem; height: 1.4rem; }
textarea { min-height: 3.2em; width: 100%; box-sizing: border-box; }
.warn { color: #b91c1c; font-weight: 600; margin: 0; }
[aria-invalid=true] { border-color: #b91c1c; border-width: 2px; }
@media (max-width: 40rem) { dl { grid-template-columns: 1fr; } dt { margin-top: .3rem; } .actions { position: static; } }
@media print {
  .actions, .no-print { display: none !important; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  textarea { min-height: 4.5em; border: 1px solid #000; resize: none; }
  .state { border: 1px solid #000; }
}
`;

function highlight(text) {
  return esc(text).replace(/\{(\d+)\}/g, '<span class="ph">{$1}</span>');
}

export function reviewPage(locale) {
  const all = units(locale);
  const glossary = readGlossary(locale);
  // Named as in the widgets' language menu (Hmoob, Soomaali, ትግርኛ where the browser has no name for them).
  const { own } = names(locale);
  const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale);
  const dir = RTL.has(locale.split('-')[0]) ? 'rtl' : 'ltr';
  const order = ['common', ...WIDGETS.map((w) => w.messages)];
  const groups = [...new Set([...order.filter((g) => all.some((u) => u.group === g)), ...all.map((u) => u.group)])];
  const sections = groups.map((group) => {
    const context = WIDGET_CONTEXT[group] ?? { name: group, about: '' };
    const items = all
      .filter((u) => u.group === group)
      .map((u) => {
        const terms = termsIn(u.english, glossary);
        const reviewed = u.state === 'signed-off' || u.state === 'final';
        const ph = Object.keys(u.placeholders);
        return `<article class="msg" data-id="${esc(u.id)}" data-placeholders="${esc(ph.join(' '))}" aria-labelledby="t-${esc(u.id)}">
<header><code id="t-${esc(u.id)}">${esc(u.id)}</code><span class="state${reviewed ? ' reviewed' : ''}">${esc(STATE_WORDS[u.state] ?? u.state)}${u.reviewer ? ` (${esc(u.reviewer)})` : ''}</span></header>
<dl>
<dt>English</dt><dd class="text" lang="en" dir="ltr">${highlight(u.english)}</dd>
<dt>${esc(english)}</dt><dd class="text" lang="${esc(locale)}" dir="${dir}">${u.translation ? highlight(u.translation) : '<em lang="en" dir="ltr">(not translated yet)</em>'}</dd>
${ph.length ? `<dt>Placeholders</dt><dd>${ph.map((p) => `<span class="ph">{${esc(p)}}</span> is filled in by the widget (<code>${esc(u.placeholders[p])}</code>); keep each one exactly once.`).join('<br>')}</dd>` : ''}
${terms.length ? `<dt>Glossary</dt><dd><ul class="terms">${terms.map((t) => `<li><span lang="en">${esc(t.english)}</span> → <span lang="${esc(locale)}" dir="${dir}">${esc(t.translation)}</span></li>`).join('')}</ul></dd>` : ''}
<dt>Context</dt><dd>${esc(contextOf(u.id, u.desc))}</dd>
${u.comments.length ? `<dt>Earlier comments</dt><dd>${u.comments.map(esc).join('<br>')}</dd>` : ''}
</dl>
<div class="answer">
<label class="check"><input type="checkbox" class="ok"> Correct as written</label>
<label>Corrected translation (only if it needs a change)<textarea class="fix" lang="${esc(locale)}" dir="${dir}" rows="2"></textarea></label>
<p class="warn" hidden>Keep every {number} of the English, each exactly once.</p>
<label>Comment (question, doubt, a better word)<textarea class="comment" rows="2"></textarea></label>
</div>
</article>`;
      });
    return `<section aria-labelledby="g-${esc(group)}"><h2 id="g-${esc(group)}">${esc(context.name)}</h2>
<p class="about">${esc(context.about)}</p>
${items.join('\n')}
</section>`;
  });
  const counts = all.reduce((c, u) => ((c[u.state] = (c[u.state] ?? 0) + 1), c), {});
  const summary = Object.entries(counts).map(([state, n]) => `${n} ${STATE_WORDS[state] ?? state}`).join(', ');
  const hash = createHash('sha256').update(SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:; form-action 'none'; base-uri 'none'`;
  return `<!doctype html>
<html lang="en" data-locale="${esc(locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: ${esc(english)} (${esc(own)}) — Ally Widgets</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Please review the ${esc(english)} translation (<span lang="${esc(locale)}" dir="${dir}">${esc(own)}</span>)</h1>
<div class="intro">
<p>Ally Widgets are small tools that immigrant-rights groups put on their websites: a know-your-rights card, a hotline button, a guide for bystanders, a directory of local groups and more. Visitors read them in a hurry, often in fear. This translation was drafted without a native speaker; until one checks it, the card tells visitors so.</p>
<p>For each message below: if the translation is right, tick <strong>Correct as written</strong>. If not, write the better wording in the box (keep any <span class="ph">{0}</span>, <span class="ph">{1}</span>: the widget fills them in, e.g. with a phone number). Use the comment box for anything else. Clear, everyday words beat formal legal ones; the glossary terms keep the legal words the same everywhere (suggest a better one in a comment).</p>
<p>This page works offline and sends nothing anywhere. When you are done (or to continue later), press <strong>Download my review</strong> and send the file it saves to the people who asked you. You can also print this page and write on the paper.</p>
<p>Status now: ${esc(summary)}.</p>
</div>
<form id="review">
<div class="who">
<label>Your name, as it may be shown in the credits (and your group, if you wish)<input type="text" name="reviewer" autocomplete="name" size="40"></label>
<label>Date<input type="date" name="date"></label>
</div>
<div class="actions">
<button type="button" id="download" class="primary">Download my review</button>
<label class="file">Load a saved review<input type="file" id="load" accept=".json,application/json"></label>
<button type="button" id="print">Print</button>
<span id="progress" aria-live="polite"></span>
<p id="status" role="status"></p>
</div>
${sections.join('\n')}
</form>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const isMain = import.meta.url === new URL(process.argv[1], 'file://').href || process.argv[1]?.endsWith('review-page.mjs');
if (isMain) {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  let locales = process.argv.slice(2);
  if (!locales.length) {
    console.error(`usage: npm run review -- <code> [<code> …] | all   (codes: ${config.targetLocales.join(' ')})`);
    process.exit(2);
  }
  if (locales.includes('all')) locales = config.targetLocales;
  mkdirSync('review', { recursive: true });
  for (const locale of locales) {
    if (!config.targetLocales.includes(locale)) {
      console.error(`review: "${locale}" is not a target language (${config.targetLocales.join(' ')})`);
      process.exit(2);
    }
    const html = reviewPage(locale);
    writeFileSync(`review/${locale}.html`, html);
    console.log(`review/${locale}.html: ${(html.length / 1024).toFixed(0)} KB, ${(html.match(/class="msg"/g) ?? []).length} messages`);
  }
}
