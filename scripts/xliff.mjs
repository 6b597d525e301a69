// Reads XLIFF 1.2 files (xliff/<locale>.xlf, written by `lit-localize extract`)
// with an XML parser: every trans-unit's id, source and target, and a target
// turned into the runtime form @lit/localize expects.
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';

/** Every trans-unit of `file`: `{ id, source, target }` (elements; `target` null when absent). */
export function readXliff(file) {
  const doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/xml');
  return Array.from(doc.getElementsByTagName('trans-unit')).map((unit) => ({
    id: unit.getAttribute('id'),
    source: unit.getElementsByTagName('source')[0] ?? null,
    target: unit.getElementsByTagName('target')[0] ?? null,
  }));
}

/** True when a target element holds text or a placeholder. */
export function translated(target) {
  return !!target && (target.textContent.trim() !== '' || target.getElementsByTagName('x').length > 0);
}

/** A target element → a plain string, or `{ strTag, strings, values }` with each placeholder's index in the source. */
export function toTemplate(target) {
  const strings = [''];
  const values = [];
  for (const node of Array.from(target.childNodes)) {
    if (node.nodeType === 1 && node.nodeName === 'x') {
      values.push(Number(node.getAttribute('id')));
      strings.push('');
    } else {
      strings[strings.length - 1] += node.textContent ?? '';
    }
  }
  return values.length ? { strTag: true, strings, values } : strings[0];
}
