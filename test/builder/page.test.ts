/**
 * dist/builder.html as a partner uses it, from dist/: checks as they type
 * (the widgets' own phone and colour rules), state in the address, English and
 * Spanish, keyboard only, 320 px without sideways scrolling, axe-core clean,
 * and its own strict CSP respected (no violation).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openBuilder, type Builder } from './builder-harness.js';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}

/** axe-core inside the builder page (its CSP allows scripts from its own origin; the one policy name it allows is lit-html). */
async function axe(builder: Builder): Promise<string[]> {
  const win = builder.win as unknown as Window & { axe?: { run(context: unknown, options: unknown): Promise<AxeResult> } };
  if (!win.axe) {
    const policy = (win as unknown as { trustedTypes: { createPolicy(name: string, rules: object): { createScriptURL(s: string): unknown } } }).trustedTypes.createPolicy('lit-html', { createScriptURL: (s: string) => s });
    const script = builder.doc.createElement('script');
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    script.src = policy.createScriptURL('/node_modules/axe-core/axe.min.js') as unknown as string;
    builder.doc.head.append(script);
    await loaded;
  }
  const result = await win.axe!.run({ exclude: [['.stage'], ['.measure']] }, { resultTypes: ['violations'], iframes: false });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const field = (builder: Builder, name: string) => builder.doc.getElementById(`field-${name}`) as HTMLInputElement;
const checkOf = (builder: Builder, name: string) => builder.doc.getElementById(`field-${name}-msg`)?.textContent?.replace(/\s+/g, ' ').trim();

function type(builder: Builder, name: string, value: string) {
  const input = field(builder, name);
  input.value = value;
  input.dispatchEvent(new builder.win.Event('input', { bubbles: true }));
}

describe('dist/builder.html: the page', () => {
  let builder: Builder | undefined;
  afterEach(() => builder?.close());

  it('checks as the partner types: the number as dialled, a wrong number says why, the accent and its contrast', async () => {
    builder = await openBuilder('widget=hotline');
    type(builder, 'number', '(616) 555-0142');
    await waitUntil(() => checkOf(builder!, 'number'));
    expect(checkOf(builder, 'number')).to.equal('✓ Shown and dialled as 616-555-0142 (tel:+16165550142).');
    type(builder, 'number', '616-555-Ol42');
    await waitUntil(() => checkOf(builder!, 'number')?.startsWith('✗'));
    expect(checkOf(builder, 'number')).to.equal(
      '✗ "616-555-Ol42" is not a phone number that can be dialled (e.g. 1-844-363-1423, 877877, +52 55 1234 5678): the widget would show no link.',
    );
    expect(field(builder, 'number').getAttribute('aria-invalid')).to.equal('true');
    expect(field(builder, 'number').getAttribute('aria-describedby')).to.contain('field-number-msg');
    type(builder, 'accent', '#ffd400');
    await waitUntil(() => checkOf(builder!, 'accent'));
    expect(checkOf(builder, 'accent')).to.equal(
      '✓ Buttons: black text on it, contrast 14.6:1. On the light theme background: only 1.4:1 (under 3:1), so outlines and links use a shade of it with 3.3:1. On the dark theme background: 12.5:1, outlines and links use it as is.',
    );
    type(builder, 'accent', 'var(--x)');
    await waitUntil(() => checkOf(builder!, 'accent')?.startsWith('✗'));
    expect(builder.win.location.hash, 'every change is kept in the address').to.contain('number=616-555-Ol42').and.contain('accent=var');
  });

  it('keeps its state in the address: reopened from it, the same form and snippet', async () => {
    builder = await openBuilder('widget=ways-to-help');
    type(builder, 'volunteer-url', 'https://example.org/volunteer');
    builder.doc.querySelector<HTMLSelectElement>('#field-layout')!.value = 'cards';
    builder.doc.querySelector<HTMLSelectElement>('#field-layout')!.dispatchEvent(new builder.win.Event('change', { bubbles: true }));
    await waitUntil(() => builder!.text('script-snippet').includes('layout="cards"'));
    const hash = builder.win.location.hash.slice(1);
    const snippet = builder.text('script-snippet');
    builder.close();
    builder = await openBuilder(hash);
    expect(field(builder, 'volunteer-url').value).to.equal('https://example.org/volunteer');
    expect(builder.text('script-snippet')).to.equal(snippet);
  });

  it('speaks English and Spanish; the switch is kept in the address', async () => {
    builder = await openBuilder('widget=hotline&_ui=es');
    expect(builder.doc.documentElement.lang).to.equal('es');
    expect(builder.doc.querySelector('h1')!.textContent).to.equal('Arme su widget');
    expect(builder.doc.querySelector('button[data-copy="script-snippet"]')!.textContent).to.contain('Copiar');
    const select = builder.doc.querySelector<HTMLSelectElement>('#ui-language')!;
    select.value = 'en';
    select.dispatchEvent(new builder.win.Event('change', { bubbles: true }));
    await waitUntil(() => builder!.doc.querySelector('h1')!.textContent === 'Build your widget');
    expect(builder.doc.documentElement.lang).to.equal('en');
    expect(builder.win.location.hash).to.contain('_ui=en');
  });

  it('works by keyboard alone: type a number, Tab to Copy, press Enter', async () => {
    builder = await openBuilder('widget=hotline');
    field(builder, 'number').focus();
    await sendKeys({ type: '616-555-0142' });
    await waitUntil(() => builder!.text('script-snippet').includes('number="616-555-0142"'));
    const before = builder.text('script-snippet');
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await sendKeys({ press: 'Tab' });
      reached = builder.doc.activeElement?.getAttribute('data-copy') === 'script-snippet';
    }
    expect(reached, 'Tab reaches the Copy button').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => builder!.doc.querySelector('[role="status"]')!.textContent!.includes('Copied'));
    expect(await builder.copy('script-snippet')).to.equal(before);
  });

  for (const [width, ui] of [[1280, 'en'], [320, 'es']] as const) {
    it(`${width} px, ${ui}: axe-core finds no violation, nothing scrolls sideways, the CSP is kept`, async function () {
      this.timeout(20_000);
      builder = await openBuilder(`widget=group-finder&src=/test/builder/feed-human.csv&_ui=${ui}`, width, 800);
      builder.doc.querySelector<HTMLButtonElement>('#feed-check')!.click();
      await waitUntil(() => builder!.doc.getElementById('feed-summary'), 'the feed report', { timeout: 5000 });
      type(builder, 'suggest-url', 'not a link');
      await waitUntil(() => checkOf(builder!, 'suggest-url')?.startsWith('✗'));
      const html = builder.doc.documentElement;
      expect(html.scrollWidth, 'no sideways scrolling').to.be.at.most(html.clientWidth);
      expect(await axe(builder)).to.deep.equal([]);
      for (const id of ['hotline', 'rights-card']) {
        builder.win.location.hash = `widget=${id}&number=555&_ui=${ui}`;
        await waitUntil(() => builder!.doc.querySelector<HTMLSelectElement>('#widget')!.value === id);
        expect(html.scrollWidth, `${id}: no sideways scrolling`).to.be.at.most(html.clientWidth);
      }
      expect(await axe(builder)).to.deep.equal([]);
    });
  }
});
