// Reads xliff/<locale>.xlf and tells, per target locale, which messages lack a translation.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export function coverage(config) {
  return config.targetLocales.map((locale) => {
    const file = join(config.interchange.xliffDir, `${locale}.xlf`);
    const xml = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const units = [...xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)];
    const missing = units.filter(([, , body]) => !/<target[^>]*>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)).map(([, id]) => id);
    return { locale, total: units.length, missing, ids: units.map(([, id]) => id) };
  });
}
