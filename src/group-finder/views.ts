// The group finder's result and filter templates. They are only needed once
// data has arrived, so they travel in the same on-demand chunk as the data
// layer (lazy.ts) and keep the script-tag entry small.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../internal/localize-runtime.js';
import { formatLocale, nativeName } from '../internal/languages.js';
import { getLocale } from '../internal/localization.js';
import { LTR, withLtr } from '../internal/ltr.js';
import { safeHref } from '../internal/safe-url.js';
import { safeMailto, safeWebsite } from '../internal/web-address.js';
import { STATE_NAMES, type Loaded } from './data.js';
import { bundledDescription } from './descriptions.js';
import type { Group, Service } from './search.js';
import type { AllySelectEvent } from '../events/ally-select.js';

export { viewStyles } from './views.styles.js';

export type Via = AllySelectEvent['detail']['via'];

/** What a list of groups needs from the element. */
export interface ListContext {
  /** Heading level of each group's name. */
  level: number;
  /** Show distances (a search origin is active). */
  distances: boolean;
  select(group: Group, via: Via): void;
  /** Render again (a translation of the bundled descriptions arrived). */
  update(): void;
  /**
   * The element's own cache of rendered results (one per element: a result's
   * links call that element's `select`), so a keystroke formats only the
   * results it brings in, not the ones still shown.
   */
  shown: WeakMap<Group, { key: string; item: TemplateResult }>;
}

/** What the filters show and change: the element's filter state, by the same names. */
export interface FilterState {
  /** Two-letter state code, or ''. */
  stateFilter: string;
  serviceFilter: readonly Service[];
  languageFilter: string;
  immigrantLedOnly: boolean;
}
export interface FilterContext extends FilterState {
  data: Loaded;
  /** Initially open (the partner preset a filter). */
  open: boolean;
  change(change: Partial<FilterState>): void;
}

/** A `suggest-url`: a web address or an e-mail address, checked; else undefined. */
export function suggestLink(value: string | undefined): string | undefined {
  return safeWebsite(value) ?? safeMailto(value);
}

/** A service's readable, translated name. */
export function serviceLabel(service: Service): string {
  return {
    legal: msg('Legal help', { id: 'groupFinder.service.legal' }),
    'rapid-response': msg('Rapid response', { id: 'groupFinder.service.rapidResponse' }),
    accompaniment: msg('Accompaniment', { id: 'groupFinder.service.accompaniment' }),
    sanctuary: msg('Sanctuary', { id: 'groupFinder.service.sanctuary' }),
    'bail-fund': msg('Bail and bond fund', { id: 'groupFinder.service.bailFund' }),
    'mutual-aid': msg('Mutual aid', { id: 'groupFinder.service.mutualAid' }),
    'ally-training': msg('Ally training', { id: 'groupFinder.service.allyTraining' }),
    'daca-tps': msg('DACA and TPS', { id: 'groupFinder.service.dacaTps' }),
    food: msg('Food', { id: 'groupFinder.service.food' }),
    education: msg('Know your rights and education', { id: 'groupFinder.service.education' }),
    other: msg('Other help', { id: 'groupFinder.service.other' }),
  }[service];
}

const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(locale: string): Intl.ListFormat {
  let list = listFormats.get(locale);
  if (!list) listFormats.set(locale, (list = new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' })));
  return list;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** One date format per locale: making one costs more than showing 20 results. */
function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })));
  return format;
}

const languageNames = new Map<string, string>();
/** A language's name in that language ("Español", "Tiếng Việt"), memoised: 20 results ask often. */
export function languageName(code: string): string {
  let name = languageNames.get(code);
  if (!name) languageNames.set(code, (name = nativeName(code)));
  return name;
}

/**
 * A list of groups. A result shown before keeps its rendered template, so a
 * keystroke formats only the results it brings in; Lit then changes in the
 * page only what differs. (Keyed rendering, lit/directives/repeat, was slower
 * here: a keystroke that replaces most results then builds new cards instead
 * of updating the ones there.)
 */
export function groupList(groups: readonly Group[], ctx: ListContext) {
  // One listener for every result's links (not one per link, re-bound for each result a keystroke brings in).
  const clicked = (event: Event) => {
    const link = (event.target as Element).closest?.('a[data-via]');
    const item = link?.closest('li');
    const group = item && groups[[...item.parentElement!.children].indexOf(item)];
    if (link && group) ctx.select(group, link.getAttribute('data-via') as Via);
  };
  return groups.length ? html`<ul part="results" class="results" @click=${clicked}>${groups.map((g) => cachedItem(g, ctx))}</ul>` : nothing;
}

/** A result's template, made again only when what it shows changed (language, heading level, distance, a translation arriving). */
function cachedItem(g: Group, ctx: ListContext): TemplateResult {
  const shown = getLocale();
  // The feed's text is marked with its own language (a screen reader then reads it with the right voice);
  // the bundled list's descriptions show in the page's language.
  const translated = g.bundled ? bundledDescription(shown, g.name, ctx.update) : undefined;
  const key = `${shown} ${ctx.level} ${ctx.distances && g.distance} ${translated}`;
  const cached = ctx.shown.get(g);
  if (cached?.key === key) return cached.item;
  const item = groupItem(g, ctx, shown, translated);
  ctx.shown.set(g, { key, item });
  return item;
}

/** A result's name: a heading one level below the widget's, marked with the feed's language. */
function resultName(level: number, name: string, lang: string | typeof nothing): TemplateResult {
  switch (level) {
    case 4:
      return html`<h4 part="result-name" lang=${lang}>${name}</h4>`;
    case 5:
      return html`<h5 part="result-name" lang=${lang}>${name}</h5>`;
    case 6:
      return html`<h6 part="result-name" lang=${lang}>${name}</h6>`;
    default:
      return html`<h3 part="result-name" lang=${lang}>${name}</h3>`;
  }
}

function groupItem(g: Group, ctx: ListContext, shown: string, translated: string | undefined) {
  const locale = formatLocale(shown);
  const textLang = g.lang === shown ? nothing : g.lang;
  // “Legal help, Food”, “法律援助、食物”, “… و…”: each language's own list punctuation.
  const list = listFormat(locale);
  const place = [g.city, g.state].filter(Boolean).join(', ');
  const d = ctx.distances ? g.distance : undefined;
  // Every href is made here, for the groups shown, by the safe-url helpers: http(s), tel: and mailto: only.
  const call = g.phone && safeHref(g.phone.tel);
  const hotline = g.hotline && safeHref(g.hotline.tel);
  const email = safeMailto(g.email);
  const website = safeWebsite(g.website);
  const miles = d != null && new Intl.NumberFormat(locale, { style: 'unit', unit: 'mile', unitDisplay: 'long', maximumFractionDigits: d < 10 ? 1 : 0 }).format(d);
  return html`<li part="result" class="result" tabindex="-1">
    ${resultName(ctx.level, g.name, textLang)}
    <p class="meta">
      ${place ? html`<span>${place}</span>` : nothing}
      ${miles ? html`<span>${msg(str`${miles} away`, { id: 'groupFinder.away' })}</span>` : nothing}
      ${g.national ? html`<span class="badge">${msg('Helps everywhere', { id: 'groupFinder.helpsEverywhere' })}</span>` : nothing}
      ${g.immigrantLed ? html`<span class="badge">${msg('Immigrant-led', { id: 'groupFinder.immigrantLed' })}</span>` : nothing}
    </p>
    ${translated
      ? html`<p>${translated}</p>`
      : g.description
        ? html`<p dir="auto" lang=${textLang}>${g.description}</p>`
        : nothing}
    ${g.services.length
      ? html`<p><strong>${msg('Services:', { id: 'groupFinder.servicesLabel' })}</strong> ${list.format(g.services.map(serviceLabel))}</p>`
      : nothing}
    ${g.languages.length
      ? html`<p>
          <strong>${msg('Languages:', { id: 'groupFinder.languagesLabel' })}</strong>
          ${g.languages.map((l, i) => html`${i ? ', ' : ''}<span lang=${l}>${languageName(l)}</span>`)}
        </p>`
      : nothing}
    ${call || hotline || email || website
      ? // One template per kind of link: its part and data-via (read by groupList's click listener) are fixed, not set per result.
        html`<p class="links">
          ${call ? html`<a part="call" class="button" href=${call} rel="noopener noreferrer" data-via="phone">${withLtr(msg(str`Call ${LTR}`, { id: 'groupFinder.call' }), g.phone!.display)}</a>` : nothing}
          ${hotline ? html`<a part="hotline" class="button" href=${hotline} rel="noopener noreferrer" data-via="hotline">${withLtr(msg(str`Hotline ${LTR}`, { id: 'groupFinder.hotline' }), g.hotline!.display)}</a>` : nothing}
          ${email ? html`<a part="email" class="button" href=${email} rel="noopener noreferrer" data-via="email">${g.email}</a>` : nothing}
          ${website ? html`<a part="website" class="button" href=${website} rel="noopener noreferrer" data-via="website">${new URL(website).host.replace(/^www\./, '')}</a>` : nothing}
        </p>`
      : nothing}
    ${g.verified
      ? html`<p class="verified">
          ${msg(str`Details checked ${dateFormat(locale).format(Date.parse(g.verified))}`, {
            id: 'groupFinder.verified',
          })}
        </p>`
      : nothing}
  </li>`;
}

/** Escape inside the open filters closes them and puts focus back on their summary. */
function closeOnEscape(event: KeyboardEvent): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !details.open) return;
  event.preventDefault();
  details.open = false;
  details.querySelector('summary')!.focus();
}

/** The filters: real form controls with labels, inside a disclosure that starts open when the partner preset one. */
export function filters(ctx: FilterContext) {
  const { data, stateFilter: state, serviceFilter: wanted, languageFilter: language, immigrantLedOnly, change } = ctx;
  const active = (state ? 1 : 0) + wanted.length + (language ? 1 : 0) + (immigrantLedOnly ? 1 : 0);
  const states = state && !data.states.includes(state) ? [...data.states, state] : data.states;
  const services = [...new Set([...data.services, ...wanted])];
  const value = (e: Event) => (e.target as HTMLSelectElement | HTMLInputElement).value;
  const checked = (e: Event) => (e.target as HTMLInputElement).checked;
  return html`<details part="filters" class="filters" ?open=${ctx.open} @keydown=${closeOnEscape}>
    <summary>${msg('Filters', { id: 'groupFinder.filters' })}${active ? ` (${active})` : ''}</summary>
    <div class="filter-grid">
      ${states.length
        ? html`<label class="field">
            ${msg('State', { id: 'groupFinder.state' })}
            <select @change=${(e: Event) => change({ stateFilter: value(e) })}>
              <option value="">${msg('All states', { id: 'groupFinder.allStates' })}</option>
              ${states.map((s) => html`<option value=${s} ?selected=${s === state}>${STATE_NAMES[s] ?? s}</option>`)}
            </select>
          </label>`
        : nothing}
      ${data.languages.length
        ? html`<label class="field">
            ${msg('Language spoken', { id: 'groupFinder.language' })}
            <select @change=${(e: Event) => change({ languageFilter: value(e) })}>
              <option value="">${msg('Any language', { id: 'groupFinder.anyLanguage' })}</option>
              ${data.languages.map((l) => html`<option value=${l} lang=${l} ?selected=${l === language}>${languageName(l)}</option>`)}
            </select>
          </label>`
        : nothing}
      <label class="check">
        <input type="checkbox" .checked=${immigrantLedOnly} @change=${(e: Event) => change({ immigrantLedOnly: checked(e) })} />
        ${msg('Immigrant-led groups only', { id: 'groupFinder.immigrantLedOnly' })}
      </label>
      ${services.length
        ? html`<fieldset>
            <legend>${msg('Services', { id: 'groupFinder.services' })}</legend>
            ${services.map(
              (s) => html`<label class="check">
                <input type="checkbox" .checked=${wanted.includes(s)} @change=${(e: Event) => change({ serviceFilter: checked(e) ? [...wanted, s] : wanted.filter((x) => x !== s) })} />
                ${serviceLabel(s)}
              </label>`,
            )}
          </fieldset>`
        : nothing}
    </div>
  </details>`;
}
