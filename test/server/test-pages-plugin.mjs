// Dev-server plugin for the browser suite: pages under /test/pages/ whose name
// contains ".csp." are served with the strict Content-Security-Policy that
// partners may use, and /test-feed/* answers the group finder's fault cases.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

export function testPagesPlugin() {
  return {
    name: 'ally-test-pages',
    async serve(context) {
      const path = context.path;
      if (path === '/test-feed/not-found') {
        context.status = 404;
        return { body: 'Not found', type: 'text/plain' };
      }
      if (path === '/test-feed/bad.json') return { body: '[{"name": "Unclosed', type: 'application/json' };
      if (path === '/test-feed/slow.json') {
        const ms = Number(new URLSearchParams(context.querystring).get('ms') ?? 12_000);
        await new Promise((resolve) => setTimeout(resolve, ms));
        return { body: '[]', type: 'application/json' };
      }
      if (path === '/test-feed/oversize.csv') {
        const row = 'name,description\n' + 'A group,' + 'x'.repeat(1000) + '\n';
        return { body: row.repeat(6 * 1024), type: 'text/csv' };
      }
      return undefined;
    },
    transform(context) {
      if (context.path.startsWith('/test/pages/') && context.path.includes('.csp.')) {
        context.set('Content-Security-Policy', STRICT_CSP);
      }
    },
  };
}
