import { css } from 'lit';

export const reportStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .steps {
    display: flex;
    flex-direction: column;
    gap: 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .step {
    counter-increment: step;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .step > :is(h3, h4, h5, h6) {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 1.1em;
  }
  .step > :is(h3, h4, h5, h6)::before {
    content: counter(step);
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1.8em;
    height: 1.8em;
    border-radius: 50%;
    background: var(--ally-surface);
    border: 2px solid var(--ally-accent);
    font-size: 0.9em;
  }
  .step-body {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding-inline-start: 0.25em;
  }
  .points {
    margin: 0;
    padding-inline-start: 1.25em;
    display: flex;
    flex-direction: column;
    gap: 0.4em;
  }
  .emergency {
    margin-block-start: 0.4em;
    display: flex;
    width: fit-content;
    border-color: var(--ally-danger);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  legend {
    padding: 0;
    margin-block-end: 0.4em;
    font-weight: 600;
  }
  .choice {
    flex: 1 1 12em;
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.35em 0.75em;
    border: 1px solid var(--ally-border);
    border-radius: var(--ally-radius);
    cursor: pointer;
  }
  .agencies .choice,
  .when .choice {
    flex: 0 1 auto;
  }
  .choice:has(input:checked) {
    border-color: var(--ally-accent);
    box-shadow: inset 0 0 0 1px var(--ally-accent);
    background: var(--ally-surface);
  }
  .choice input {
    flex: none;
    width: 1.2em;
    height: 1.2em;
    margin: 0;
    accent-color: var(--ally-accent);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .field .label {
    font-weight: 600;
  }
  .field.time {
    flex-basis: 100%;
  }
  input[type='text'],
  input[type='time'],
  textarea {
    min-height: 44px;
    width: 100%;
    max-width: 100%;
    padding: 0.4em 0.6em;
    font: inherit;
    color: var(--ally-text);
    background: var(--ally-background);
    border: 1px solid var(--ally-border);
    border-radius: var(--ally-radius);
  }
  input[type='time'] {
    width: auto;
  }
  textarea {
    resize: vertical;
  }
  .hint {
    color: var(--ally-muted);
    font-size: 0.95em;
  }
  .location {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.4em;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  .message-box {
    padding: 0.75em;
    border-radius: var(--ally-radius);
    background: var(--ally-surface);
    border-inline-start: 4px solid var(--ally-accent);
  }
  .message-box .label {
    font-weight: 600;
    font-size: 0.9em;
    color: var(--ally-muted);
  }
  .message {
    white-space: pre-line;
    font-size: 1.1em;
    unicode-bidi: plaintext;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .actions .button {
    flex: 1 1 10em;
    flex-wrap: wrap;
    column-gap: 0.4em;
    row-gap: 0;
  }
  .number {
    white-space: nowrap;
  }
  .actions .notice,
  .actions .fallback {
    flex-basis: 100%;
  }
  .hint-notice {
    border-inline-start-color: var(--ally-accent);
  }
  .raw {
    display: block;
    font-family: monospace;
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .choice:has(input:checked) {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    .actions,
    .location .button {
      display: none;
    }
  }
`;
