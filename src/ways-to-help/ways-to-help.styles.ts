import { css } from 'lit';

/** Logical properties only (inline/block), so Arabic lays out mirrored. */
export const waysToHelpStyles = css`
  .groups,
  .actions {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards .groups {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
    align-items: start;
    gap: 1em;
  }
  .group {
    border: 1px solid var(--ally-border);
    border-radius: var(--ally-radius);
  }
  .accordion .open {
    border-inline-start: 6px solid var(--ally-accent);
  }
  .cards .group {
    border-block-start: 6px solid var(--ally-accent);
  }
  .list .group {
    border: 0;
    border-radius: 0;
  }
  .list .group + .group {
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--ally-border);
  }
  [part~='title'] {
    font-size: 1em;
  }
  /* The accordion's button (src/internal/accordion.styles.ts) holds the name and the summary. */
  .toggle {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0 0.75em;
    align-items: center;
  }
  .name {
    font-size: 1.15em;
  }
  .summary {
    grid-column: 1;
    font-weight: 400;
    color: var(--ally-muted);
  }
  .chev {
    grid-area: 1 / 2 / span 2;
  }
  .panel {
    display: grid;
    gap: 0.75em;
    padding: 0 0.75em 0.75em;
  }
  .list .toggle,
  .list .panel {
    padding-inline: 0;
  }
  .action {
    display: grid;
    gap: 0.25em;
  }
  [part~='action-title'] {
    font-size: 1.05em;
  }
  .check {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--ally-focus);
  }
  .label {
    font-weight: 700;
  }
  .links,
  .contact {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  .contact {
    font-weight: 600;
  }
  @media print {
    .base {
      color-scheme: light;
    }
    .group,
    .action {
      break-inside: avoid;
    }
  }
`;
