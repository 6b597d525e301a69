// Loaded only when the page's CSP refused Lit's Trusted Types policy (see
// trusted-types-notice.ts): says so once per page, however many copies of the
// widgets tried.
const page = globalThis as typeof globalThis & { __allyTrustedTypesSaid?: boolean };
if (!page.__allyTrustedTypesSaid) {
  page.__allyTrustedTypesSaid = true;
  console.error(
    "Ally widgets: this page's Content-Security-Policy refused the Trusted Types policy \"lit-html\", so the widgets cannot render. " +
      "Allow it: trusted-types lit-html 'allow-duplicates' (keep your own policy names in the same list).",
  );
}
export {};
