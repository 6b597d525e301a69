// The catalog module scripts/build-builder.mjs writes at build time (see catalog.ts).
declare module 'ally-builder:catalog' {
  const data: import('./catalog.js').Catalog;
  export default data;
}
