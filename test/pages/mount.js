// Test pages: builds the widget markup named in the query string, the way a
// partner writes it in HTML, with createElement/setAttribute only (no
// innerHTML, no document.write), so it runs under the strict CSP and
// Trusted Types of the *.csp.* pages.
//   ?case=<id>[,<id>…] | <tag> | all   cases from test/dist/widget-cases.ts
//   &lang=es                           adds lang="es" to every widget
//   &css=<name>[,<name>…]              adds test/pages/css/<name>.css (hostile host styles)
//   &nofallback                        leaves the light-DOM fallback children out
// Sets window.__mounted (a promise: the widgets are in the page and the
// stylesheets have loaded).
import { casesFor } from '/test/dist/widget-cases.ts';

const params = new URLSearchParams(location.search);
const sheets = (params.get('css') ?? '')
  .split(',')
  .filter((name) => /^[a-z0-9-]+$/.test(name))
  .map((name) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `/test/pages/css/${name}.css`;
    const loaded = new Promise((resolve, reject) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', () => reject(new Error(`${link.href} did not load`)), { once: true });
    });
    document.head.append(link);
    return loaded;
  });

const target = document.getElementById('mount') ?? document.body;
for (const c of casesFor(params.get('case'))) {
  const el = document.createElement(c.tag);
  for (const [name, value] of Object.entries(c.attrs)) el.setAttribute(name, value);
  if (params.get('lang')) el.setAttribute('lang', params.get('lang'));
  el.dataset.case = c.id;
  if (!params.has('nofallback')) {
    for (const node of c.fallback ?? []) {
      const child = document.createElement(node.tag);
      for (const [name, value] of Object.entries(node.attrs ?? {})) child.setAttribute(name, value);
      if (node.text) child.textContent = node.text;
      child.dataset.fallback = '';
      el.append(child);
    }
  }
  const wrapper = document.createElement('section');
  wrapper.className = 'widget-slot';
  // heading-level="N" is for pages whose outline already reaches level N-1: give it one.
  const level = Number(c.attrs['heading-level'] ?? 2);
  if (level > 2) {
    const heading = document.createElement(`h${level - 1}`);
    heading.textContent = 'A section of the partner’s page';
    wrapper.append(heading);
  }
  wrapper.append(el);
  target.append(wrapper);
}
window.__mounted = Promise.all(sheets);
