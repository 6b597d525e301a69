import { css } from 'lit';

export const groupFinderStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .search,
  .field {
    display: flex;
    flex-direction: column;
    min-width: 0;
    gap: 0.25em;
    font-weight: 600;
  }
  .row,
  .links,
  .meta,
  .filter-grid {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  input[type='search'],
  select {
    min-width: 0;
    min-height: 44px;
    padding: 0.25em 0.5em;
    font: inherit;
    font-weight: 400;
    color: var(--ally-text);
    background: var(--ally-background);
    border: 1px solid var(--ally-border);
    border-radius: var(--ally-radius);
  }
  .row input {
    flex: 1 1 12em;
  }
  .row .button {
    flex: 0 1 auto;
  }
  [aria-pressed='true'] {
    background: var(--ally-accent);
    color: var(--ally-accent-contrast);
  }
  .button:disabled {
    cursor: progress;
    opacity: 0.7;
  }
  .status {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .count {
    font-weight: 600;
  }
  .more {
    align-self: center;
  }
  @media (forced-colors: active) {
    [aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .search,
    .filters,
    .more {
      display: none;
    }
  }
`;
