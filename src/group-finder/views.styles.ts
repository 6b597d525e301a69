import { css } from 'lit';

/** Styles of the filters and results, adopted when the on-demand chunk arrives (views.ts). */
export const viewStyles = css`
  summary {
    min-height: 44px;
    padding-block: 0.65em;
    font-weight: 600;
    cursor: pointer;
  }
  .filter-grid {
    align-items: flex-end;
    padding-block: 0.25em 0.5em;
  }
  .field {
    flex: 1 1 12em;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding-inline-end: 0.75em;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--ally-accent-line);
  }
  fieldset {
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    margin: 0;
    padding: 0.25em 0.75em;
    border: 1px solid var(--ally-border);
    border-radius: var(--ally-radius);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .result {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    padding-block: 0.85em;
    border-top: 1px solid var(--ally-border);
    /* No content-visibility: auto here. It would save laying out results below the screen, but
       accessibility checkers (axe) then measure those results' contrast against the page behind
       the widget and report false failures in the dark theme, on partners' own audits. */
  }
  .result :is(h3, h4, h5, h6) {
    font-size: 1.1em;
  }
  .meta,
  .verified {
    color: var(--ally-muted);
    gap: 0.25em 0.75em;
  }
  .badge {
    padding: 0 0.5em;
    border-radius: var(--ally-radius);
    background: var(--ally-surface);
    color: var(--ally-text);
    font-size: 0.9em;
  }
  .links .button {
    padding: 0.35em 0.75em;
    font-weight: 500;
  }
  .verified {
    font-size: 0.9em;
  }
  /* "Is your group missing?": a standalone link, so a full 44 px target. */
  .suggest a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
`;
