import { css } from 'lit';

/** Logical properties only (inline/block), so Arabic and Farsi lay out mirrored. */
export const fiveDsStyles = css`
  .ds {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards .ds {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
    gap: 1em;
  }
  .d {
    border: 1px solid var(--ally-border);
    border-radius: var(--ally-radius);
  }
  .accordion .open {
    border-inline-start: 6px solid var(--ally-accent-line);
  }
  .cards .d {
    border-block-start: 6px solid var(--ally-accent-line);
  }
  .d [part~='title'] {
    font-size: 1em;
  }
  /* The accordion's button (src/internal/accordion.styles.ts) holds number, name and summary. */
  .toggle {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    gap: 0 0.75em;
    align-items: center;
  }
  .num {
    grid-row: span 2;
    display: grid;
    place-items: center;
    inline-size: 2em;
    block-size: 2em;
    border-radius: 50%;
    background: var(--ally-accent);
    color: var(--ally-accent-contrast);
  }
  .name {
    font-size: 1.2em;
  }
  /* Heard, not seen: "Distract, Interrupt …". An inline box (not positioned), so no space comes before it in the button's name. */
  .comma {
    display: inline-block;
    inline-size: 1px;
    block-size: 1px;
    margin-inline-end: -1px;
    clip-path: inset(50%);
  }
  .summary {
    grid-column: 2;
    font-weight: 400;
    color: var(--ally-muted);
  }
  .chev {
    grid-area: 1 / 3 / span 2;
  }
  .panel {
    display: grid;
    gap: 0.75em;
    padding: 0 0.75em 0.75em;
  }
  .list .d {
    border: 0;
    border-radius: 0;
  }
  .list .d + .d {
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--ally-border);
  }
  .list .toggle,
  .list .panel {
    padding-inline: 0;
  }
  .example {
    padding: 0.5em 0.75em;
    border-radius: var(--ally-radius);
    background: var(--ally-surface);
  }
  .safety {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--ally-focus);
  }
  .label {
    display: block;
    font-weight: 700;
  }
  .call {
    justify-self: start;
    justify-content: start;
  }
  .call span span {
    display: block;
    font-size: 1.2em;
    font-weight: 800;
  }
  /* The number is a left-to-right block: in Arabic, line it up with the label (its end). */
  [dir='rtl'] .call span span {
    text-align: end;
  }
  .raw {
    display: block;
    font-family: monospace;
  }
  .closing {
    font-weight: 600;
  }
  .credit {
    font-size: 0.9em;
    color: var(--ally-muted);
  }
  @media print {
    .base {
      color-scheme: light;
    }
    .d {
      break-inside: avoid;
    }
  }
`;
