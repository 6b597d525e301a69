// Last step of `npm run build`: prints the Subresource Integrity hash (sha384)
// of each file a partner loads from dist/, ready to paste into a pinned tag:
//   <script type="module" src="https://cdn.jsdelivr.net/npm/ally-widgets@0.1.0/dist/ally-widgets.js"
//           integrity="sha384-…" crossorigin="anonymous"></script>
// (The hash covers that file only; the modules, strings and on-demand parts it
// loads are pinned by the versioned URL. Self-host dist/ to control every byte.)
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { WIDGETS } from '../src/widgets.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const files = ['ally-widgets.js', ...WIDGETS.map((w) => `${w.tag}.js`), 'embed.js'];

export function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

console.log(`\nSubresource Integrity (ally-widgets ${pkg.version}):`);
for (const file of files) {
  let bytes;
  try {
    bytes = await readFile(new URL(`../dist/${file}`, import.meta.url));
  } catch {
    console.log(`  dist/${file}: missing`);
    continue;
  }
  console.log(`  dist/${file}  ${integrity(bytes)}`);
}
const main = files[0];
console.log(
  `\n<script type="module" src="https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/${main}"\n` +
    `        integrity="${integrity(await readFile(new URL(`../dist/${main}`, import.meta.url)))}" crossorigin="anonymous"></script>`,
);
