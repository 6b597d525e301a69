import { css } from 'lit';

/**
 * The shared accordion's look (see ./accordion.ts): a full-width, 44 px-tall
 * title button, the chevron turning when open, and every panel open in print.
 * Each widget lays out the button's content itself (after these styles).
 */
export const accordionStyles = css`
  .toggle {
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.75em;
    border: 0;
    border-radius: var(--ally-radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
  }
  button.toggle {
    cursor: pointer;
  }
  button.toggle:hover {
    background: var(--ally-surface);
  }
  [aria-expanded='true'] .chev {
    rotate: 180deg;
  }
  @media print {
    [part='panel'] {
      display: block !important;
      content-visibility: visible !important;
    }
    .chev {
      display: none;
    }
  }
`;

/**
 * The page of a widget built from accordion sections (the 5 D's, ways to help):
 * one column of sections, narrow enough to read unless laid out as cards, and a
 * heading row that wraps beside its controls (language menu, Listen).
 */
export const sectionedWidgetStyles = css`
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
    padding: clamp(0.5em, 3%, 1em);
  }
  .base:not(.cards) {
    max-inline-size: 50em;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
`;
