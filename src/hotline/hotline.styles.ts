import { css } from 'lit';

export const hotlineStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  /* The banner spans its container; the floating button takes no room in the page. */
  :host([variant='banner']) {
    max-width: var(--ally-max-width, none);
  }
  :host([variant='floating']) {
    margin-block: 0;
  }
  .intro {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .details {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    color: var(--ally-muted);
  }
  .main {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: stretch;
  }
  .call {
    flex: 1 1 14em;
    justify-content: flex-start;
    gap: 0.75em;
    padding: 0.6em 1em;
    font-size: 1.15em;
    text-align: start;
  }
  .call-text {
    display: flex;
    flex-direction: column;
  }
  .call-label {
    font-weight: 600;
  }
  .number {
    font-size: 1.25em;
    font-weight: 800;
    font-variant-numeric: tabular-nums;
  }
  .sms {
    flex: 0 1 auto;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .actions .button {
    flex: 1 1 auto;
    font-weight: 500;
  }
  .qr {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5em;
    text-align: center;
  }
  .qr-image {
    width: min(12em, 100%);
    height: auto;
    forced-color-adjust: none;
    background: #fff;
  }
  .raw {
    display: block;
    font-family: monospace;
    font-size: 0.9em;
  }

  /* banner: one full-width strip that wraps on phones */
  .variant-banner {
    max-width: none;
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    border-inline-start: 6px solid var(--ally-accent-line);
  }
  .variant-banner .intro {
    flex: 1 1 16em;
  }
  .variant-banner .main {
    flex: 1 1 18em;
  }
  .variant-banner .actions,
  .variant-banner .qr,
  .variant-banner .language-menu {
    flex-basis: 100%;
  }

  /* floating: fixed to a corner, above site headers, clear of the iOS keyboard and of the page's focused element */
  .floating {
    position: fixed;
    z-index: var(--ally-z-index);
    bottom: calc(max(var(--ally-offset, 1rem), env(safe-area-inset-bottom)) + var(--ally-keyboard-offset, 0px));
    width: min(22em, calc(100vw - 2 * var(--ally-offset, 1rem)));
    max-height: calc(100dvh - 2 * var(--ally-offset, 1rem) - var(--ally-keyboard-offset, 0px));
    overflow-y: auto;
    box-shadow: 0 4px 18px rgb(0 0 0 / 0.25);
    padding-block-start: 0.5em;
  }
  .floating.bottom-right:not(.swap-x),
  .floating.bottom-left.swap-x {
    right: max(var(--ally-offset, 1rem), env(safe-area-inset-right));
  }
  .floating.bottom-left:not(.swap-x),
  .floating.bottom-right.swap-x {
    left: max(var(--ally-offset, 1rem), env(safe-area-inset-left));
  }
  .floating.swap-y {
    bottom: auto;
    top: max(var(--ally-offset, 1rem), env(safe-area-inset-top));
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .head {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .intro {
    flex: 1;
  }
  .floating :is(h2, h3, h4, h5, h6) {
    font-size: 1em;
  }
  .minimize {
    border-color: transparent;
    padding: 0;
  }
  /* Minimised: one line, the call link and the button that opens the rest. */
  .floating.is-collapsed {
    width: auto;
    max-width: calc(100vw - 2 * var(--ally-offset, 1rem));
    padding: 0.25em;
  }
  .bar {
    display: flex;
    gap: 0.25em;
  }
  .bar .call {
    flex: 0 1 auto;
    font-size: 1em;
    padding-block: 0.25em;
  }
  .bar .number {
    font-size: 1.1em;
  }
  .restore .chev {
    rotate: 180deg;
  }
  /* A very short screen (400 % zoom): the number is heard, not shown, in the bar. */
  @media (max-height: 20em) {
    .bar .number {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }
  .more {
    font-weight: 500;
  }
  @media (hover: none) and (pointer: coarse) {
    .qr-toggle {
      display: none;
    }
  }
  @media print {
    .floating {
      display: none;
    }
    .actions {
      display: none;
    }
  }
`;
