// Test pages: ?lang=ar sets the page's language (and its direction, for right-to-left
// scripts) before the widgets load, as a partner's page in that language has them.
// A classic script from the page's own origin, so the strict CSP allows it.
const lang = new URLSearchParams(location.search).get('lang');
if (lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang)) {
  document.documentElement.lang = lang;
  document.documentElement.dir = /^(ar|fa|ps|ur|he|yi)\b/.test(lang) ? 'rtl' : 'ltr';
}
