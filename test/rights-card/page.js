// test/pages/rights-card.csp.html: copies ?lang=, ?side= and ?theme= onto the card (setAttribute only, CSP-safe).
const params = new URLSearchParams(location.search);
const card = document.querySelector('ally-rights-card');
for (const name of ['lang', 'side', 'theme']) if (params.has(name)) card.setAttribute(name, params.get(name));
