// npm package: the unbundled modules in lib/ fetch their strings from lib/generated/locales/
// and read the widget registry from lib/widgets.mjs (plain JavaScript, not compiled by tsc).
import { cpSync } from 'node:fs';
cpSync('src/generated/locales', 'lib/generated/locales', { recursive: true });
cpSync('src/widgets.mjs', 'lib/widgets.mjs');
cpSync('src/widgets.d.mts', 'lib/widgets.d.mts');
