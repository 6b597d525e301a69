import { css } from 'lit';

/**
 * Shared design tokens and the hardening every widget needs. `:host` sets
 * `display` (with `!important`, which inside a shadow tree beats the host
 * page's own `!important` rules) and the `--ally-*` custom properties with
 * their defaults; each colour is a `light-dark()` pair picked by the
 * `color-scheme` that `theme` sets on `[part=base]`. Everything else styles `[part=base]`.
 */
export const tokenStyles = css`
  :host {
    display: block !important;
    --ally-accent: light-dark(#1d4ed8, #93c5fd);
    --ally-accent-contrast: light-dark(#fff, #0b1220);
    --ally-background: light-dark(#fff, #15171b);
    --ally-surface: light-dark(#f4f5f7, #23262c);
    --ally-text: light-dark(#1a1c20, #f1f3f6);
    --ally-muted: light-dark(#4a4f57, #c4c8cf);
    --ally-border: light-dark(#6b7280, #8b93a1);
    --ally-danger: light-dark(#b3261e, #ffb4ab);
    --ally-focus: light-dark(#b45309, #fbbf24);
    --ally-radius: 0.5rem;
    --ally-font-family: inherit;
    --ally-font-size: max(14px, 1rem);
    --ally-z-index: 2147483000;
    /* Inherited spacing a host page sets around us (footers, menus) stops here; a rule on the element
       itself (a WCAG 1.4.12 text-spacing bookmarklet's * rule, a reader extension) still reaches the text. */
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
  }
  :host([hidden]),
  [hidden]:not([hidden='until-found']) {
    display: none !important;
  }
  [part~='base'] {
    /* Outlines and links in the accent colour: the accent, or a shade of it that keeps 3:1 against the background (src/internal/contrast.ts). */
    --ally-accent-line: var(--ally-accent);
    color-scheme: light;
    box-sizing: border-box;
    font-family: var(--ally-font-family);
    font-size: var(--ally-font-size);
    color: var(--ally-text);
    background: var(--ally-background);
    text-align: start;
    overflow-wrap: anywhere;
    /* Inherited text properties a host page may set around us (footers, menus, hero headings) stop here
       (spacing stops at :host, so the visitor's own text-spacing settings reach the text). */
    -webkit-text-fill-color: currentcolor;
    white-space: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    font-style: normal;
  }
  /* Every widget's box, the same in each: a bordered, rounded card with room inside (each widget adds its own layout and width). */
  .base {
    padding: 1em;
    border: 1px solid var(--ally-border);
    border-radius: var(--ally-radius);
  }
  /* Korean wraps between words, never inside one. */
  [part~='base']:lang(ko) {
    word-break: keep-all;
  }
  /* Urdu is read in Nastaliq: the device's Nastaliq font where it has one (Noto Nastaliq Urdu on
     Android, iOS, macOS and Linux; Urdu Typesetting on Windows), else its usual Arabic-script font.
     Nastaliq's letters climb and descend far: taller lines keep them from touching. A partner's
     ::part(base) font-family still wins. */
  [part~='base']:lang(ur) {
    font-family: 'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', 'Nafees Nastaleeq', system-ui, sans-serif;
    line-height: 2.4;
  }
  /* English and numbers inside Urdu (the officer's statement, "In English:" phrases, phone numbers):
     a plain font at the usual spacing. */
  :where([part~='base']:lang(ur) :is([lang]:not(:lang(ur)), [dir='ltr'])) {
    font-family: system-ui, sans-serif;
    line-height: 1.5;
  }
  /* Icons beside text keep their size when the text wraps. */
  .icon {
    flex: none;
  }
  [data-theme='dark'] {
    color-scheme: dark;
  }
  [data-theme='auto'] {
    color-scheme: light dark;
  }
  [part~='base'] *,
  [part~='base'] *::before,
  [part~='base'] *::after {
    box-sizing: border-box;
  }
  h2, h3, h4, h5, h6 {
    margin: 0;
    font-size: 1.2em;
  }
  /* A page's paragraph-spacing rule (p { margin-bottom: 2em }) cannot reach paragraphs in a shadow root;
     this custom property, set anywhere above the widget (it inherits through), can. */
  p {
    margin: 0;
    margin-block-end: var(--ally-paragraph-spacing, 0);
  }
  /* Form controls take the text spacing around them (browsers reset it to normal). */
  button,
  input,
  select,
  textarea {
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  /* In very large text a long option narrows the menu instead of pushing it off the screen. */
  select {
    max-inline-size: 100%;
    min-inline-size: 0;
  }
  a {
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--ally-focus);
    outline-offset: 2px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--ally-accent-line);
    border-radius: var(--ally-radius);
    background: var(--ally-background);
    color: var(--ally-text);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.primary {
    background: var(--ally-accent);
    color: var(--ally-accent-contrast);
  }
  .button:hover {
    filter: brightness(0.95);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .notice {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--ally-danger);
    background: var(--ally-surface);
  }
  .ltr {
    direction: ltr;
    unicode-bidi: isolate;
  }
  /* The language menu every widget shows (src/internal/language-menu.ts). */
  .language-menu {
    min-inline-size: 0;
    max-inline-size: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    font-size: 0.9em;
    color: var(--ally-muted);
  }
  .language-menu select {
    min-height: 44px;
    padding: 0 0.5em;
    font: inherit;
    color: var(--ally-text);
    background: var(--ally-background);
    border: 1px solid var(--ally-border);
    border-radius: var(--ally-radius);
  }
  @media print {
    .language-menu {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border: 2px solid ButtonText;
    }
    .button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
  /*
   * Widgets pasted one after another get room between them and one common width;
   * a partner changes either with --ally-space / --ally-max-width (or margin /
   * max-width on the element: the page's own rules win over these).
   */
  :host {
    margin-block: var(--ally-space, 1.5rem);
    max-width: var(--ally-max-width, 45rem);
  }
`;
