// Reads xliff/<locale>.xlf and tells, per target locale, which messages lack a translation.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readXliff, translated } from './xliff.mjs';

export function coverage(config) {
  return config.targetLocales.map((locale) => {
    const file = join(config.interchange.xliffDir, `${locale}.xlf`);
    const units = existsSync(file) ? readXliff(file) : [];
    const missing = units.filter((u) => !translated(u.target)).map((u) => u.id);
    return { locale, total: units.length, missing, ids: units.map((u) => u.id) };
  });
}
