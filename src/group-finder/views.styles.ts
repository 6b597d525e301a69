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
    /* Room for focus rings inside the clip below (3px outline + 2px offset). */
    margin: -6px;
    padding: 6px;
    /* Results below the screen are not laid out (content-visibility below) and take an estimated
       height until scrolled near. A tool that measures such a result (an accessibility checker's
       contrast test) lays out its text inside that estimate: a long result's text then reaches
       past the widget, over the page behind it, and is judged against the page's background.
       Clipped here, it stays over the widget's own background, as it is when shown. */
    overflow: hidden;
  }
  .result {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    padding-block: 0.85em;
    border-top: 1px solid var(--ally-border);
    /* A keystroke lays out only the results on screen: the rest wait until scrolled near (they
       stay in the page for screen readers and find-in-page). */
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  @media print {
    .result {
      content-visibility: visible;
    }
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
