// The library's own copy of the ZIP table, for the npm package: a module
// loaded with a literal import(), so an app's bundler (Vite, Rollup, webpack,
// esbuild) ships it with the app and its dev server serves it, without any
// configuration. The table is base64 text in src/generated/zip-table.ts
// (written by scripts/build-zip-table.mjs).
// dist/ replaces this module (scripts/rollup-locale-assets.mjs): there the
// table is ally-zip-table.bin beside the script, fetched as bytes.

/** The table's bytes, or where to fetch them. */
export async function bundledZipTable(): Promise<Uint8Array | string> {
  const { ZIP_TABLE } = await import('../generated/zip-table.js');
  return Uint8Array.from(atob(ZIP_TABLE), (c) => c.charCodeAt(0));
}
