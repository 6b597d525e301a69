// Writes the TypeScript that follows from the widget registry (src/widgets.mjs)
// into src/generated/ (run by scripts/i18n-build.mjs, which builds that folder):
// - all-widgets.ts: imports every widget's define module, for `ally-widgets`
//   in the npm package (app developers who bundle get every element);
// - message-group-of.ts: each tag's message group, for defineElement (the
//   registry's other fields stay out of the code every widget loads).
import { mkdirSync, writeFileSync } from 'node:fs';
import { WIDGETS } from '../src/widgets.mjs';

export function writeRegistrySources(dir = 'src/generated') {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${dir}/all-widgets.ts`,
    '// Generated from src/widgets.mjs by scripts/registry-sources.mjs. Do not edit.\n' +
      WIDGETS.map((w) => `export * from '../${w.folder}/${w.tag}.js';\n`).join(''),
  );
  writeFileSync(
    `${dir}/message-group-of.ts`,
    '// Generated from src/widgets.mjs by scripts/registry-sources.mjs. Do not edit.\n' +
      `export const MESSAGE_GROUP_OF: Readonly<Record<string, string>> = ${JSON.stringify(Object.fromEntries(WIDGETS.map((w) => [w.tag, w.messages])))};\n`,
  );
}
