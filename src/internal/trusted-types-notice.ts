// Evaluated before Lit (define.ts imports it first): Lit creates a Trusted
// Types policy named `lit-html` as it loads, and a page whose CSP does not
// allow that name (`trusted-types 'none'`, or a list without it) refuses it,
// so nothing renders. The browser's own message names the policy but not the
// fix: on that refusal, the few words that say what to add load from beside
// this script (tt.ts) and go to the console.
// The violation event bubbles from the document to the window.
globalThis.addEventListener?.('securitypolicyviolation', (e) => {
  if (e.sample == 'lit-html') void import('./tt.js');
});
