/**
 * A strict CSP that allows no Trusted Types policy (`trusted-types 'none'`)
 * leaves the widgets unable to render. The partner must learn why from the
 * console, in words that say what to add; the no-JavaScript fallback stays.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadPage } from '../helpers.js';

describe('Trusted Types policy refused', () => {
  it('says in the console which policy name to allow, and the fallback stays', async () => {
    const { frame, win } = await loadPage('/test/pages/trusted-types-none.html');
    const page = win as Window & { __console: string[]; __violations: string[] };
    try {
      await waitUntil(() => page.__violations.some((v) => v.includes('trusted-types')), 'the policy was not refused', { timeout: 4000 });
      await waitUntil(() => page.__console.some((m) => m.includes('lit-html')), 'no console message names the policy', { timeout: 4000 });
      const message = page.__console.find((m) => m.includes('lit-html'))!;
      expect(message).to.match(/^error: /);
      expect(message).to.contain("trusted-types lit-html 'allow-duplicates'");
      expect(page.__console.filter((m) => m.includes('lit-html')), 'said once').to.have.length(1);
      expect(win.document.querySelector('ally-hotline a')!.textContent).to.contain('616-555-0142');
    } finally {
      frame.remove();
    }
  });
});
