// The copy section: the script-tag snippet, the iframe snippet with its
// measured heights, and short steps for each site builder (the README's
// partner guides).
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetInfo } from './catalog.js';
import type { Heights } from './measure.js';
import { WIDTHS } from './measure.js';
import { iframeSnippet, notInIframe, scriptFile, scriptSnippet } from './snippet.js';
import { richText } from './rich-text.js';
import { t, type StringKey } from './i18n.js';

export interface SnippetContext {
  widget: WidgetInfo;
  attrs: Readonly<Record<string, string>>;
  base: string;
  loader: boolean;
  heights: Heights;
  setLoader(on: boolean): void;
  copy(text: string, what: string, from: Element): void;
}

/**
 * The snippet's height: the phone measurement with 5 % more room, to the next 50 px. Visitors'
 * fonts differ, and a long list's items below the screen are only estimated until scrolled to.
 */
export const withRoom = (measured: number): number => Math.ceil((measured * 1.05) / 50) * 50;

/** The iframe height when the builder was opened from a file and could not measure. */
const UNMEASURED_HEIGHT = 600;

const GUIDES: [StringKey, StringKey][] = [
  ['wordpress', 'guideWordpress'],
  ['wordpressCom', 'guideWordpressCom'],
  ['squarespace', 'guideSquarespace'],
  ['wix', 'guideWix'],
  ['googleSites', 'guideGoogleSites'],
];

function copyBlock(id: string, label: string, text: string, ctx: SnippetContext): TemplateResult {
  return html`<div class="snippet">
    <pre id=${id} tabindex="0" aria-label=${label}><code>${text}</code></pre>
    <button type="button" class="copy" data-copy=${id} @click=${(e: Event) => ctx.copy(text, label, (e.currentTarget as Element).previousElementSibling!)}>
      ${t('copy')}<span class="visually-hidden">: ${label}</span>
    </button>
  </div>`;
}

export function snippetsView(ctx: SnippetContext): TemplateResult {
  const { widget, attrs, base, heights } = ctx;
  const script = scriptSnippet(widget, attrs, base, ctx.loader);
  // From a file nothing can be measured (the widgets cannot load): a roomy height, said so.
  const fromFile = location.protocol === 'file:';
  const height = fromFile ? UNMEASURED_HEIGHT : heights.final && heights.phone ? withRoom(heights.phone) : undefined;
  const iframe = height ? iframeSnippet(widget, attrs, base, height) : '';
  const missing = notInIframe(widget, attrs);
  const scriptUrl = new URL(scriptFile(widget, ctx.loader), base).href;
  return html`
    <h3 id="script-heading">${t('scriptHeading')}</h3>
    <p>${t('scriptIntro', widget.tag)}</p>
    <div class="field field-checkbox">
      <input type="checkbox" id="use-loader" .checked=${ctx.loader} @change=${(e: Event) => ctx.setLoader((e.target as HTMLInputElement).checked)} />
      <label for="use-loader">${richText(t('useLoader'))}</label>
    </div>
    ${copyBlock('script-snippet', t('scriptHeading'), script, ctx)}
    ${location.protocol === 'file:' ? html`<p class="note">${t('fileNote')}</p>` : nothing}

    <h3 id="iframe-heading">${t('iframeHeading')}</h3>
    <p>${richText(t('iframeIntro'))}</p>
    ${fromFile ? html`<p class="note">${t('fileNoMeasure', UNMEASURED_HEIGHT)}</p>` : nothing}
    <p class="heights" id="iframe-heights" ?hidden=${fromFile}>
      ${heights.phone ? t('heightPhone', WIDTHS.phone, heights.phone) : t('measuring', t('phone'))}
      ${heights.final && heights.phone ? t('heightUsed', withRoom(heights.phone)) : nothing}
      ${heights.desktop ? t('heightDesktop', WIDTHS.desktop, heights.desktop) : t('measuring', t('desktop'))}
    </p>
    ${missing.length ? html`<p class="check bad">${richText(t('notInIframe', missing.map(([n]) => `\`${n}\``).join(', ')))}</p>` : nothing}
    ${widget.allow ? html`<p>${richText(t('allowNote', widget.allow))}</p>` : nothing}
    ${iframe ? copyBlock('iframe-snippet', t('iframeHeading'), iframe, ctx) : html`<p class="note">${t('waitMeasure')}</p>`}

    <h3 id="guides-heading">${t('guidesHeading')}</h3>
    ${GUIDES.map(
      ([name, text]) => html`<details class="guide">
        <summary>${t(name)}</summary>
        <p>${richText(t(text, scriptUrl, widget.tag))}</p>
      </details>`,
    )}
  `;
}
