import { css } from 'lit';

export const rightsCardStyles = css`
  :host {
    --ally-card-color: light-dark(#b3261e, #ffb4ab);
    --ally-card-contrast: light-dark(#fff, #1a1c20);
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .top,
  .actions,
  .hotline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .top {
    justify-content: space-between;
  }
  .actions .button {
    flex: 1 1 auto;
  }
  .card {
    border: 3px solid var(--ally-card-color);
    border-radius: var(--ally-radius);
    overflow: hidden;
  }
  .face {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: 0.75em 1em 1em;
  }
  .band {
    padding: 0.35em 1em;
    background: var(--ally-card-color);
    color: var(--ally-card-contrast);
    font-weight: 700;
  }
  /* Forced colours drop the band's background: a border keeps it visible. */
  @media (forced-colors: active) {
    .band {
      border-block-end: 3px solid CanvasText;
    }
  }
  .points {
    margin: 0;
    padding-inline-start: 1.6em;
    display: flex;
    flex-direction: column;
    gap: 0.6em;
  }
  li::marker {
    color: var(--ally-card-color);
    font-weight: 700;
  }
  strong {
    display: block;
  }
  /* The words to say: their own lines, the English one marked for an English-only agent. */
  .say {
    display: block;
    margin-top: 0.35em;
    padding-inline-start: 0.6em;
    border-inline-start: 3px solid var(--ally-card-color);
    font-weight: 600;
  }
  .say-en {
    display: block;
    font-weight: 400;
  }
  .say-en q {
    font-weight: 700;
  }
  /* Arabic quotes; in a right-to-left page, plain quotes around the English (some Arabic fonts draw “ ” mirrored). */
  .say q:lang(ar) {
    quotes: '«' '»';
  }
  [dir='rtl'] .say-en q {
    quotes: '"' '"';
  }
  .statement {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    font-size: 1.2em;
    font-weight: 700;
  }
  .hotline {
    padding-top: 0.75em;
    border-top: 1px solid var(--ally-border);
    font-weight: 600;
  }
  .disclaimer {
    font-size: 0.9em;
    color: var(--ally-muted);
  }
  /* Its own line: after "Last reviewed: <date>" (no full stop) it would read as one run-on sentence. */
  [part='unreviewed'] {
    display: block;
  }
  .english {
    margin-block: 0.25em;
    font-size: 1rem;
  }

  /* Show to officer: the top layer (modal dialog) or fullscreen; a fixed overlay either way. */
  dialog {
    position: fixed;
    inset: 0;
    z-index: var(--ally-z-index);
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: #fff;
  }
  .view {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 2vmin;
    height: 100%;
    padding: 3vmin 4vmin 4vmin;
    overflow: auto;
    background: #fff;
    color: #000;
  }
  .close {
    color: #000;
    background: #fff;
    border-color: #000;
  }
  .view-text {
    flex: 1;
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 0.45em;
    width: 100%;
    /* The widget's own font (the page's, unless themed); the size is measured to fit the screen (fit-text.ts). */
    font-weight: 700;
    line-height: 1.2;
  }
  @media print {
    .actions {
      display: none;
    }
  }
`;
