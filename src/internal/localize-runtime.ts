/**
 * The library's own localization runtime: the part of `@lit/localize`'s API
 * the widgets use — runtime mode, every message with an explicit id, plain
 * strings and str`` templates (no html`` in messages),
 * `updateWhenLocaleChanges` — written small, and with its own state. Every
 * widget imports `msg` and `str` from here (never from `@lit/localize`), in
 * dist/, in the npm package's lib/, in tests and in Storybook alike, so:
 * - the shared core carries about a third of the package's runtime bytes;
 * - an app that uses `@lit/localize` for its own strings configures it as it
 *   likes, before or after importing the widgets: the two never share state
 *   (`@lit/localize` can be configured only once per page) and the widgets'
 *   language events (`ally-localize-status`) are not lit-localize's.
 * `lit-localize extract` still finds every message: `msg` and `str` carry the
 * marker types it looks for. test/internal/localize-runtime.test.ts checks
 * this module; the partner-page suite runs every language from dist/.
 */

/** What str`…` returns: the literal parts and the values. */
export interface StrResult {
  strTag: true;
  strings: readonly string[];
  values: readonly unknown[];
}

/** A translation: a string, or a str`` template whose `values` are indexes into the source's values. */
type Translation = string | { strTag: true; strings: readonly string[]; values: readonly number[] };

export interface LocaleModule {
  templates: Record<string, Translation> | undefined;
}

/** Fired on `window` when a language starts loading, is ready, or failed (lit-localize's `lit-localize-status` has the same detail). */
export const LOCALE_STATUS_EVENT = 'ally-localize-status';

let templates: Record<string, Translation> | undefined;

function join(strings: readonly string[], values: readonly unknown[], order?: readonly number[]): string {
  let text = strings[0];
  for (let i = 1; i < strings.length; i++) text += String(values[order ? order[i - 1] : i - 1]) + strings[i];
  return text;
}

/** `str` templates; the marker type lets `lit-localize extract` recognise them. */
export const str: ((strings: TemplateStringsArray, ...values: unknown[]) => StrResult) & { _LIT_LOCALIZE_STR_?: never } = (strings, ...values) => ({
  strTag: true,
  strings,
  values,
});

/** The message in the current language: its translation by id, else the source text. The marker type lets `lit-localize extract` find every call. */
export const msg: ((template: string | StrResult, options?: { id?: string; desc?: string }) => string) & { _LIT_LOCALIZE_MSG_?: never } = (template, options) => {
  const translation = options?.id ? templates?.[options.id] : undefined;
  if (typeof translation === 'string') return translation;
  if (typeof template === 'string') return template;
  return translation ? join(translation.strings, template.values, translation.values) : join(template.strings, template.values);
};

const dispatch = (detail: object) => window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));

/** Re-renders a Lit element whenever a language has finished loading. */
export function updateWhenLocaleChanges(host: { addController(c: object): void; requestUpdate(): void }): void {
  const onStatus = (event: Event) => (event as CustomEvent<{ status: string }>).detail.status === 'ready' && host.requestUpdate();
  host.addController({
    hostConnected: () => window.addEventListener(LOCALE_STATUS_EVENT, onStatus),
    hostDisconnected: () => window.removeEventListener(LOCALE_STATUS_EVENT, onStatus),
  });
}

export function configureLocalization(config: { sourceLocale: string; targetLocales: string[]; loadLocale: (locale: string) => Promise<LocaleModule> }) {
  const valid = new Set([config.sourceLocale, ...config.targetLocales]);
  let active = config.sourceLocale;
  let loadingLocale: string | undefined;
  let loading: Promise<void> = Promise.resolve();
  let request = 0;

  const getLocale = () => active;
  const setLocale = (locale: string): Promise<void> => {
    if (locale === (loadingLocale ?? active)) return loading;
    if (!valid.has(locale)) throw new Error('Invalid locale code');
    const id = ++request;
    loadingLocale = locale;
    dispatch({ status: 'loading', loadingLocale: locale });
    const module: Promise<LocaleModule> = locale === config.sourceLocale ? Promise.resolve({ templates: undefined }) : config.loadLocale(locale);
    loading = module.then(
      (loaded) => {
        // A later request wins; its promise is the one to wait for.
        if (id !== request) return loading;
        active = locale;
        loadingLocale = undefined;
        templates = loaded.templates;
        dispatch({ status: 'ready', readyLocale: locale });
        return undefined;
      },
      (error: unknown) => {
        if (id === request) {
          loadingLocale = undefined;
          dispatch({ status: 'error', errorLocale: locale, errorMessage: String(error) });
        }
        throw error;
      },
    );
    return loading;
  };
  return { getLocale, setLocale };
}
