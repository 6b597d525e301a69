// Every file a partner can load from dist/, from the widget registry (src/widgets.mjs).
import { WIDGETS } from '../src/widgets.mjs';

export const entries = [
  { name: 'ally-widgets', input: 'src/ally-widgets.ts', budget: 25 * 1024 },
  ...WIDGETS.map((w) => ({ name: w.tag, input: `src/${w.folder}/${w.tag}.ts`, budget: 14 * 1024 })),
];
export const LOCALE_BUDGET = 6 * 1024;
