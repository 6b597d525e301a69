/**
 * dist/embed.html, the iframe fallback, built: one widget
 * per iframe from the query string, under embed.html's own strict CSP (a
 * <meta> policy; test-pages-plugin.mjs adds record-errors.js to read its
 * violations), sized to its content through the documented message
 * { type: 'ally-embed-resize', widget, height }, sending nothing anywhere.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CASES, embedQuery } from './widget-cases.js';
import { exercise, forEachCase, primaryOf, probeDist, rendered, type PageWindow } from './harness.js';
import { EMBED_ATTRIBUTES } from '../../src/embed/embed.js';

const { tags } = await probeDist();

interface ResizeMessage {
  type: string;
  widget: string;
  height: number;
}

async function openEmbed(query: string, width = 400) {
  const frame = document.createElement('iframe');
  frame.title = 'embed';
  frame.style.cssText = `position:fixed;top:0;left:0;border:0;width:${width}px;height:150px`;
  const messages: ResizeMessage[] = [];
  const listener = (event: MessageEvent) => {
    if (event.source === frame.contentWindow && event.data?.type === 'ally-embed-resize') {
      messages.push(event.data);
      frame.style.height = `${event.data.height}px`; // what the partner's listener does
    }
  };
  window.addEventListener('message', listener);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/dist/embed.html?${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const close = () => {
    window.removeEventListener('message', listener);
    frame.remove();
  };
  return { frame, win, doc: frame.contentDocument!, messages, close };
}

describe('dist/embed.html (iframe fallback)', () => {
  forEachCase(
    tags,
    (c) => `${c.id}: renders from the query string under its own CSP, reports its height, works`,
    async (c) => {
      const embed = await openEmbed(embedQuery(c));
      try {
        await waitUntil(() => embed.doc.querySelector(c.tag), `<${c.tag}> never appeared`, { timeout: 4000 });
        const el = embed.doc.querySelector<HTMLElement>(c.tag);
        await rendered(el!);
        for (const [name, value] of Object.entries(c.attrs)) expect(el!.getAttribute(name), name).to.equal(value);
        expect(primaryOf(el!, c), 'primary action').to.exist;

        // Heights are rounded up to 50 px (so they do not mirror the results one by one).
        const fits = () => {
          const last = embed.messages.at(-1);
          const content = Math.ceil(embed.doc.body.getBoundingClientRect().height);
          return last && last.height % 50 === 0 && last.height >= content && last.height < content + 50;
        };
        await waitUntil(fits, 'no ally-embed-resize message with the content height, rounded up to 50 px', { timeout: 3000 });
        expect(Object.keys(embed.messages.at(-1)!).sort()).to.deep.equal(['height', 'type', 'widget']);
        expect(embed.messages.at(-1)!.widget).to.equal(c.widget);
        await waitUntil(() => embed.doc.documentElement.scrollHeight <= embed.frame.clientHeight + 1, 'the iframe, sized by the message, still scrolls', { timeout: 8000 });

        await exercise(el!, 2);
        await waitUntil(fits, 'the height was not reported again after the content changed', { timeout: 3000 });

        expect(embed.win.__violations, 'CSP violations').to.deep.equal([]);
        expect(embed.win.__errors, 'errors').to.deep.equal([]);
        const origin = embed.win.location.origin;
        const foreign = embed.win.performance.getEntriesByType('resource').filter((e) => new URL(e.name).origin !== origin);
        expect(foreign.map((e) => e.name)).to.deep.equal([]);
      } finally {
        embed.close();
      }
    },
    CASES.filter((c) => !c.floating),
  );

  it('keeps only the widget’s own attributes and the language', async () => {
    const embed = await openEmbed('widget=hotline&number=616-555-0142&lang=en&onclick=alert(1)&style=color:red&variant=floating&src=https://evil.example/');
    try {
      await waitUntil(() => embed.doc.querySelector('ally-hotline'), 'no hotline', { timeout: 4000 });
      const el = embed.doc.querySelector<HTMLElement>('ally-hotline');
      await rendered(el!);
      expect(el!.getAttributeNames().sort()).to.deep.equal(['lang', 'number']);
      expect(embed.doc.documentElement.lang).to.equal('en');
      expect(embed.win.__violations).to.deep.equal([]);
    } finally {
      embed.close();
    }
  });

  it('enforces its own strict policy (<meta> CSP with Trusted Types)', async () => {
    const embed = await openEmbed('widget=hotline');
    try {
      const probe = embed.doc.createElement('div');
      probe.setAttribute('style', 'color: red');
      embed.doc.body.append(probe);
      await waitUntil(() => embed.win.__violations.length > 0, 'an inline style attribute was not refused', { timeout: 2000 });
      expect(embed.win.__violations.join('\n')).to.contain('style-src');
      expect(() => {
        embed.doc.createElement('div').innerHTML = '<b>x</b>';
      }, 'Trusted Types blocks innerHTML strings').to.throw();
    } finally {
      embed.close();
    }
  });

  it('says so, in text, when the widget name is unknown', async () => {
    const embed = await openEmbed('widget=<img src=x onerror=alert(1)>');
    try {
      await waitUntil(() => embed.doc.body.textContent?.includes('is not one of'), 'no message', { timeout: 3000 });
      expect(embed.doc.querySelector('img')).to.equal(null);
      expect(embed.win.__violations).to.deep.equal([]);
    } finally {
      embed.close();
    }
  });

  it('offers every attribute each widget observes (except the floating hotline’s position and collapsed)', async () => {
    const embed = await openEmbed('widget=hotline');
    try {
      await waitUntil(() => embed.win.customElements.get('ally-hotline'), 'not defined', { timeout: 4000 });
      for (const [widget, offered] of Object.entries(EMBED_ATTRIBUTES)) {
        const ctor = embed.win.customElements.get(`ally-${widget}`) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
        if (!ctor) continue;
        const observed = (ctor.observedAttributes ?? []).filter((a) => !(widget === 'hotline' && ['position', 'collapsed'].includes(a)));
        expect([...offered].sort(), `embed.ts EMBED_ATTRIBUTES['${widget}']`).to.deep.equal(observed.sort());
      }
    } finally {
      embed.close();
    }
  });
});
