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
