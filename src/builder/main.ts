// dist/builder.js: the partners' configurator. State in the address's
// fragment (state.ts), rendered with lit-html into the page's light DOM
// (styled by builder.css), no request beyond the dist/ folder it came from.
import { nothing, render } from 'lit';
import { widgetByFolder } from './catalog.js';
import { readState, writeState, type State } from './state.js';
import { Preview, previewAttributes } from './preview.js';
import { Measure, type Heights } from './measure.js';
import { embedUrl } from './snippet.js';
import { appView } from './view.js';
import { pickUiLanguage, setUiLanguage, t } from './i18n.js';
import { copyText } from '../internal/copy-text.js';
import { feedView } from './view-feed.js';
import { checkFeed, type FeedFailure, type FeedReport } from './feed-check.js';

/** The dist/ folder this page was loaded from: every snippet points there. */
const base = new URL('./', location.href).href;
const root = document.getElementById('app')!;
let state: State = readState(location.hash, pickUiLanguage(null));
let heights: Heights = {};
let status = '';
let feedResult: FeedReport | FeedFailure | 'checking' | undefined;
let finderLoaded: Promise<unknown> | undefined;

/** Checks the group list at `src`, or a chosen file; then shows it with the real group finder (loaded once, from this folder). */
async function runFeedCheck(input: { url: string } | { file: File }): Promise<void> {
  feedResult = 'checking';
  draw();
  const result = await checkFeed(input, state.attrs['feed-lang'] || 'en');
  if (!('error' in result)) finderLoaded ??= import(/* @vite-ignore */ new URL('ally-group-finder.js', base).href).catch(() => undefined);
  feedResult = result;
  draw();
}

// The preview iframe takes its widget's height (CSSOM: the page's CSP allows no style attribute).
const preview = new Preview(base, (height) => preview.frame.style.setProperty('height', `${height}px`));
const measure = new Measure((h) => {
  heights = h;
  draw();
});

function update(change: Partial<State>): void {
  state = { ...state, ...change };
  history.replaceState(null, '', writeState(state));
  draw();
}

function setAttribute(name: string, value: string): void {
  const attrs = { ...state.attrs };
  if (value.trim()) attrs[name] = value;
  else delete attrs[name];
  update({ attrs });
}

async function copy(text: string, what: string, from: Element): Promise<void> {
  status = '';
  draw();
  status = (await copyText(text, from)) ? t('copied', what) : t('copyFailed');
  draw();
}

function draw(): void {
  setUiLanguage(state.ui);
  document.documentElement.lang = state.ui;
  document.title = t('pageTitle');
  const widget = widgetByFolder(state.widget)!;
  preview.show({ widget, attrs: previewAttributes(widget, state.attrs, state.previewTheme, state.previewLang) }, t('previewTitle', widget.title));
  measure.measure(embedUrl(widget, state.attrs, base), widget.tag);
  render(
    appView({
      state,
      heights,
      previewFrame: preview.frame,
      measureBox: measure.box,
      feed:
        widget.folder === 'group-finder'
          ? feedView({
              url: state.attrs.src ?? '',
              feedLang: state.attrs['feed-lang'] ?? '',
              result: feedResult,
              setUrl: (url) => setAttribute('src', url),
              checkUrl: () => state.attrs.src?.trim() && void runFeedCheck({ url: state.attrs.src.trim() }),
              checkFile: (file) => void runFeedCheck({ file }),
            })
          : nothing,
      status,
      base,
      probe: root,
      update,
      setAttribute,
      copy: (text, what, from) => void copy(text, what, from),
    }),
    root,
  );
}

addEventListener('hashchange', () => {
  state = readState(location.hash, state.ui);
  draw();
});
history.replaceState(null, '', writeState(state));
draw();
