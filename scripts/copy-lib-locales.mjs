// npm package: the unbundled modules in lib/ fetch their strings from lib/generated/locales/.
import { cpSync } from 'node:fs';
cpSync('src/generated/locales', 'lib/generated/locales', { recursive: true });
