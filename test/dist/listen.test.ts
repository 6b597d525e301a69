/**
 * Read aloud from dist/: the Listen button shows at first render where the
 * device has its own voice, but the reader (sentences, speech, highlight) is
 * downloaded only when a visitor presses it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CASES } from './widget-cases.js';
import { networkIdle, openPage, settle } from './harness.js';

const cases = ['five-ds-accordion-open', 'rights-card-you'].map((id) => CASES.find((c) => c.id === id)!);
const readerCode = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => /^\/dist\/chunks\/listen-/.test(path));

describe('read aloud, from dist/', () => {
  it('shows Listen on the 5 D’s and the rights card without downloading the reader; pressing it downloads it and reads', async () => {
    const page = await openPage('speech.csp.html', cases);
    try {
      await networkIdle(page.win);
      const buttons = page.widgets.map((el) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="listen-button"]'));
      expect(buttons.map((b) => b?.textContent?.trim()), 'Listen buttons').to.deep.equal(['▶ Listen', '▶ Listen']);
      expect(readerCode(page.win), 'reader code before pressing Listen').to.deep.equal([]);

      const [five, card] = page.widgets;
      buttons[1]!.click();
      await waitUntil(() => (page.win as unknown as { __spoken: string[] }).__spoken.length > 0, 'nothing was read after pressing Listen', { timeout: 5000 });
      expect(readerCode(page.win).length, 'reader code after pressing Listen').to.equal(1);
      expect((page.win as unknown as { __spoken: string[] }).__spoken[0]).to.equal('These rights belong to everyone in the United States, with or without papers.');
      await settle(card);
      const button = card.shadowRoot!.querySelector('[part~="listen-button"]')!;
      expect(button.textContent).to.contain('Pause');
      expect(card.shadowRoot!.querySelector('[part~="listen-stop"]'), 'Stop button while reading').to.exist;
      expect(five.shadowRoot!.querySelector('[part~="listen-button"]')!.textContent, 'the other widget').to.contain('Listen');
      expect(page.win.__errors).to.deep.equal([]);
      expect(page.win.__violations).to.deep.equal([]);
    } finally {
      page.close();
    }
  });
});
