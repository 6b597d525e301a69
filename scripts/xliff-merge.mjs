// Merges translations into xliff/<locale>.xlf.
//   node scripts/xliff-merge.mjs <locale> <translations.json>
// The JSON maps message ids to translated text. Write each placeholder of the
// English source as {0}, {1} … in source order (the tool puts the XLIFF <x/>
// elements back). Existing targets for other ids are kept. Run
// `npm run i18n:extract` first so every current message has a trans-unit.
import { readFileSync, writeFileSync } from 'node:fs';

const [locale, file] = process.argv.slice(2);
if (!locale || !file) {
  console.error('usage: node scripts/xliff-merge.mjs <locale> <translations.json>');
  process.exit(2);
}
const path = `xliff/${locale}.xlf`;
const translations = JSON.parse(readFileSync(file, 'utf8'));
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let xml = readFileSync(path, 'utf8');
const seen = new Set();
xml = xml.replace(/<trans-unit id="([^"]+)"([^>]*)>([\s\S]*?)<\/trans-unit>/g, (unit, id, attrs, body) => {
  if (!(id in translations)) return unit;
  seen.add(id);
  const source = /<source>([\s\S]*?)<\/source>/.exec(body)[1];
  const placeholders = [...source.matchAll(/<x id="[^"]*"[^>]*\/>/g)].map((m) => m[0]);
  const target = escape(translations[id]).replace(/\{(\d+)\}/g, (token, n) => {
    if (!placeholders[n]) throw new Error(`${locale} ${id}: placeholder {${n}} not in the source`);
    return placeholders[n];
  });
  const used = (translations[id].match(/\{\d+\}/g) ?? []).length;
  if (used !== placeholders.length) throw new Error(`${locale} ${id}: the source has ${placeholders.length} placeholders, the translation ${used}`);
  // The unit keeps everything else (lit-localize's <note>); a new or changed target is a draft until reviewed.
  const element = `<target state="translated">${target}</target>`;
  const rest = /<target\b[^>]*>[\s\S]*?<\/target>|<target\b[^>]*\/>/.test(body)
    ? body.replace(/<target\b[^>]*>[\s\S]*?<\/target>|<target\b[^>]*\/>/, element)
    : body.replace(/(<source>[\s\S]*?<\/source>)/, `$1\n  ${element}`);
  return `<trans-unit id="${id}"${attrs}>${rest}</trans-unit>`;
});
const unknown = Object.keys(translations).filter((id) => !seen.has(id));
writeFileSync(path, xml);
console.log(`${path}: ${seen.size} translations merged${unknown.length ? `; not in the source (ignored): ${unknown.join(', ')}` : ''}`);
