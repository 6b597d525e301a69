// Part of `npm run build`: copies the static files of dist/ that are not built
// by rollup — dist/embed.html, the iframe fallback (SPEC §2; its script,
// dist/embed.js, is a rollup output).
import { copyFile, mkdir } from 'node:fs/promises';

const files = [['src/embed/embed.html', 'dist/embed.html']];

await mkdir('dist', { recursive: true });
for (const [from, to] of files) {
  await copyFile(from, to);
  console.log(`copied ${from} → ${to}`);
}
