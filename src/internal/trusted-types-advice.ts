// What a partner must add when the page's Content-Security-Policy refuses Lit's
// Trusted Types policy: said once per page, however many copies of the widgets
// (or the loader) noticed. Used by tt.ts (single-widget files) and the loader.
const page = globalThis as typeof globalThis & { __allyTrustedTypesSaid?: boolean };

export function sayTrustedTypesAdvice(): void {
  if (page.__allyTrustedTypesSaid) return;
  page.__allyTrustedTypesSaid = true;
  console.error(
    "Ally widgets: this page's Content-Security-Policy refused the Trusted Types policy \"lit-html\", so the widgets cannot render. " +
      "Allow it: trusted-types lit-html 'allow-duplicates' (keep your own policy names in the same list).",
  );
}
