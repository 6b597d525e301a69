import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { getLocale, resetLocaleRequests } from '../src/internal/localization.js';

/** Renders `template` and waits until the page language is `locale` and the element has re-rendered. */
export async function fixtureIn<T extends HTMLElement>(template: TemplateResult, locale = 'en'): Promise<T> {
  resetLocaleRequests();
  const el = await fixture<T>(template);
  await waitUntil(() => getLocale() === locale, `page language never became ${locale} (is ${getLocale()})`, { timeout: 4000 });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** Collects console messages of one level while `run` executes. */
export async function captureConsole(level: 'warn' | 'error', run: () => Promise<unknown> | unknown): Promise<string[]> {
  const original = console[level];
  const messages: string[] = [];
  console[level] = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console[level] = original;
  }
  return messages;
}

/** The element's shadow root, typed. */
export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** The visible text of the element's shadow tree, whitespace collapsed. */
export function textOf(el: Element): string {
  return (shadow(el).querySelector('[part~="base"]') as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
}

/** Loads a page in a same-origin iframe and resolves with its window once loaded. */
export async function loadPage(src: string, width = 1024, height = 768): Promise<{ frame: HTMLIFrameElement; win: Window }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow! };
}
