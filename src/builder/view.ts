// The page: choose a widget, the form, the preview, the snippets (and, for
// the group finder, the feed check).
import { html, nothing, type TemplateResult } from 'lit';
import { CATALOG, widgetByFolder } from './catalog.js';
import type { State } from './state.js';
import type { Heights } from './measure.js';
import { formView } from './view-form.js';
import { snippetsView } from './view-snippets.js';
import { SHIPPED, languageLabel } from './languages.js';
import { UI_LANGUAGES, UI_NAMES, t } from './i18n.js';

export interface AppContext {
  state: State;
  heights: Heights;
  previewFrame: HTMLIFrameElement;
  measureBox: HTMLElement;
  /** The feed check section (group finder only), or nothing. */
  feed: TemplateResult | typeof nothing;
  status: string;
  base: string;
  probe: HTMLElement;
  update(change: Partial<State>): void;
  setAttribute(name: string, value: string): void;
  copy(text: string, what: string, from: Element): void;
}

const radio = (name: string, value: string, checked: boolean, label: string, onPick: () => void) =>
  html`<label class="choice"><input type="radio" name=${name} value=${value} .checked=${checked} @change=${onPick} /> ${label}</label>`;

export function appView(ctx: AppContext): TemplateResult {
  const { state } = ctx;
  const widget = widgetByFolder(state.widget)!;
  const pick = (e: Event) => ctx.update({ widget: (e.target as HTMLSelectElement).value, attrs: {} });
  return html`
    <header class="top">
      <div class="top-inner">
        <h1>${t('title')}</h1>
        <div class="field ui-language">
          <label for="ui-language">${t('uiLanguage')}</label>
          <select id="ui-language" @change=${(e: Event) => ctx.update({ ui: (e.target as HTMLSelectElement).value })}>
            ${UI_LANGUAGES.map((code) => html`<option value=${code} lang=${code} ?selected=${code === state.ui}>${UI_NAMES[code] ?? code}</option>`)}
          </select>
        </div>
      </div>
    </header>
    <main>
      <p class="intro">${t('intro')}</p>
      <p class="privacy">${t('privacy')}</p>

      <section aria-labelledby="choose-heading">
        <h2 id="choose-heading">${t('chooseHeading')}</h2>
        <div class="field">
          <label for="widget">${t('widgetLabel')}</label>
          <select id="widget" @change=${pick}>
            ${CATALOG.widgets.map((w) => html`<option value=${w.folder} ?selected=${w.folder === state.widget}>${w.title} — &lt;${w.tag}&gt;</option>`)}
          </select>
        </div>
      </section>

      <div class="work">
        <section aria-labelledby="details-heading" class="details">
          <h2 id="details-heading">${t('detailsHeading')}</h2>
          <p>${t('detailsIntro')}</p>
          ${formView({ widget, attrs: state.attrs, probe: ctx.probe, set: ctx.setAttribute }, CATALOG.common)}
        </section>

        <section aria-labelledby="preview-heading" class="preview">
          <h2 id="preview-heading">${t('previewHeading')}</h2>
          <p>${t('previewIntro')}</p>
          <div class="toolbar">
            <fieldset class="widths">
              <legend>${t('width')}</legend>
              ${radio('width', 'phone', state.width === 'phone', t('phone'), () => ctx.update({ width: 'phone' }))}
              ${radio('width', 'desktop', state.width === 'desktop', t('desktop'), () => ctx.update({ width: 'desktop' }))}
            </fieldset>
            <div class="field">
              <label for="preview-theme">${t('previewTheme')}</label>
              <select id="preview-theme" @change=${(e: Event) => ctx.update({ previewTheme: (e.target as HTMLSelectElement).value })}>
                <option value="" ?selected=${!state.previewTheme}>${t('asConfigured')}</option>
                ${['light', 'dark'].map((v) => html`<option value=${v} ?selected=${state.previewTheme === v}>${v === 'light' ? t('light') : t('dark')}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="preview-lang">${t('previewLanguage')}</label>
              <select id="preview-lang" @change=${(e: Event) => ctx.update({ previewLang: (e.target as HTMLSelectElement).value })}>
                <option value="" ?selected=${!state.previewLang}>${t('asConfigured')}</option>
                ${SHIPPED.map((code) => html`<option value=${code} ?selected=${state.previewLang === code}>${languageLabel(code)}</option>`)}
              </select>
            </div>
          </div>
          <div class="stage ${state.width}">${ctx.previewFrame}</div>
        </section>
      </div>

      <section aria-labelledby="copy-heading" class="copy-section">
        <h2 id="copy-heading">${t('copyHeading')}</h2>
        ${snippetsView({
          widget,
          attrs: state.attrs,
          base: ctx.base,
          loader: state.loader,
          heights: ctx.heights,
          setLoader: (on) => ctx.update({ loader: on }),
          copy: ctx.copy,
        })}
      </section>
      ${ctx.feed}
      <p class="visually-hidden" role="status" aria-live="polite">${ctx.status}</p>
      ${ctx.measureBox}
    </main>
  `;
}
