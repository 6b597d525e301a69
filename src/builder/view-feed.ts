// The feed check section (group finder only): an address or a file, then the
// report (feed-check.ts) and the list as visitors will see it: the real
// <ally-group-finder> reading the same feed.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FeedFailure, FeedReport } from './feed-check.js';
import { t } from './i18n.js';

export interface FeedContext {
  url: string;
  feedLang: string;
  result?: FeedReport | FeedFailure | 'checking';
  setUrl(url: string): void;
  checkUrl(): void;
  checkFile(file: File): void;
}

function report(r: FeedReport, feedLang: string): TemplateResult {
  const row = (line: number) => (r.format === 'csv' ? t('feedRow', line) : t('feedItem', line));
  const skipped = r.problems.filter((p) => p.skipped);
  const leftOut = r.problems.filter((p) => !p.skipped);
  return html`
    <p class="check ${r.shown ? 'ok' : 'bad'}" id="feed-summary"><strong>${t('feedShown', r.shown, r.rows)}</strong></p>
    <h3>${t('feedColumns')}</h3>
    <table class="columns" id="feed-columns">
      <thead><tr><th scope="col">${t('feedColumn')}</th><th scope="col">${t('feedUnderstood')}</th></tr></thead>
      <tbody>
        ${r.columns.map(
          (c) => html`<tr class=${c.field ? 'used' : 'unused'}>
            <th scope="row">${c.header || t('feedBlankHeader')}</th>
            <td>${c.field
              ? html`<code>${c.field}</code>${c.duplicate ? html` ${t('feedDuplicate')}` : nothing}`
              : c.suggestion
                ? t('feedNotUsedSuggest', c.suggestion)
                : t('feedNotUsed')}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <h3>${t('feedSkippedHeading', skipped.length)}</h3>
    ${skipped.length
      ? html`<ul id="feed-skipped">${skipped.map((p) => html`<li>${row(p.line)}: ${p.reason}</li>`)}</ul>`
      : html`<p>${t('feedNone')}</p>`}
    <h3>${t('feedLeftOutHeading', leftOut.length)}</h3>
    ${leftOut.length
      ? html`<ul id="feed-left-out">${leftOut.map((p) => html`<li>${row(p.line)}: ${p.reason}${p.value ? html` — <code>${p.value}</code>` : nothing}</li>`)}</ul>`
      : html`<p>${t('feedNone')}</p>`}
    ${r.warnings.length
      ? html`<h3>${t('feedConsole')}</h3>
          <pre class="console" tabindex="0">${r.warnings.join('\n\n')}</pre>`
      : nothing}
    <h3>${t('feedVisitors')}</h3>
    <div class="visitors">
      <ally-group-finder src=${r.blobUrl} feed-lang=${feedLang || nothing} heading-level="4" languages="none"></ally-group-finder>
    </div>
  `;
}

export function feedView(ctx: FeedContext): TemplateResult {
  const result = ctx.result;
  return html`<section aria-labelledby="feed-heading" class="feed">
    <h2 id="feed-heading">${t('feedHeading')}</h2>
    <p>${t('feedIntro')}</p>
    <div class="field">
      <label for="feed-url">${t('feedUrl')}</label>
      <input type="text" inputmode="url" id="feed-url" autocomplete="off" spellcheck="false" .value=${live(ctx.url)}
        @input=${(e: Event) => ctx.setUrl((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && ctx.checkUrl()} />
    </div>
    <button type="button" id="feed-check" ?disabled=${!ctx.url.trim()} @click=${ctx.checkUrl}>${t('feedCheck')}</button>
    <div class="field feed-file">
      <label for="feed-file">${t('feedFile')}</label>
      <input type="file" id="feed-file" accept=".csv,.json,text/csv,application/json"
        @change=${(e: Event) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) ctx.checkFile(file);
        }} />
    </div>
    <div id="feed-result" class="feed-result" aria-live="polite">
      ${result === 'checking'
        ? html`<p>${t('feedChecking')}</p>`
        : result && 'error' in result
          ? html`<p class="check bad" id="feed-error">${t('feedFailed', result.source, result.error)}</p>`
          : result
            ? report(result, ctx.feedLang)
            : nothing}
    </div>
  </section>`;
}
