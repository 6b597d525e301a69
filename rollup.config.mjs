// The script-tag build: one self-contained, minified ES module per entry in dist/.
// Each entry is built on its own so it never imports a chunk shared with another
// entry (a partner can load any one file alone). Translated strings are JSON
// files in dist/locales/<locale>/<widget>.json, fetched relative to the
// script's own URL only when a visitor's language needs them.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { entries } from './scripts/entries.mjs';
import { minifyTemplateLiterals } from './scripts/minify-template-literals.mjs';
import { localeAssets } from './scripts/rollup-locale-assets.mjs';

const plugins = [
  nodeResolve({ browser: true }),
  localeAssets(),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  minifyTemplateLiterals(),
  terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true } }),
];

// dist/embed.js (the iframe fallback, SPEC §2): not a partner entry; it loads
// ./ally-widgets.js beside it at runtime, so it stays tiny.
const embed = {
  input: 'src/embed/embed.ts',
  plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), terser({ ecma: 2022, module: true, format: { comments: false } })],
  output: { file: 'dist/embed.js', format: 'es', sourcemap: false },
};

export default entries.map(({ name, input }) => ({
  input,
  plugins,
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: `${name}.js`,
    chunkFileNames: `chunks/${name}-[name]-[hash].js`,
    sourcemap: false,
  },
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
})).concat(embed);
