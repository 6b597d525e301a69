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
    line-height: 1.25;
  }
  .call-label {
    font-weight: 600;
  }
  .number {
    font-size: 1.25em;
    font-weight: 800;
    letter-spacing: 0.02em;
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
    border-inline-start: 6px solid var(--ally-accent);
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

  /* floating: fixed to a corner, above site headers, clear of the iOS keyboard */
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
  .floating.bottom-right {
    right: max(var(--ally-offset, 1rem), env(safe-area-inset-right));
  }
  .floating.bottom-left {
    left: max(var(--ally-offset, 1rem), env(safe-area-inset-left));
  }
  .floating .intro {
    padding-inline-end: 2.75em;
  }
  .floating :is(h2, h3, h4, h5, h6) {
    font-size: 1em;
  }
  .minimize {
    position: absolute;
    top: 0.25em;
    inset-inline-end: 0.25em;
    border-color: transparent;
    padding: 0;
  }
  .floating.is-collapsed {
    width: auto;
    padding: 0;
    border: 0;
    background: transparent;
    box-shadow: none;
    overflow: visible;
  }
  .restore {
    width: 3.5em;
    height: 3.5em;
    border-radius: 50%;
    box-shadow: 0 4px 18px rgb(0 0 0 / 0.3);
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
