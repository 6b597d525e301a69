import { css } from 'lit';

export const responsePlanStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: 1em;
    border: 1px solid var(--ally-border);
    border-radius: var(--ally-radius);
  }
  p {
    margin: 0;
  }
  .privacy {
    padding: 0.5em 0.75em;
    background: var(--ally-surface);
    border-radius: var(--ally-radius);
    font-weight: 600;
  }
  .progress {
    font-size: 0.9em;
  }
  .step {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .step > :is(h3, h4, h5, h6) {
    margin: 0;
    font-size: 1.15em;
  }
  .step > :is(h3, h4, h5, h6):focus {
    outline: 2px solid var(--ally-accent);
    outline-offset: 2px;
  }
  fieldset {
    margin: 0;
    padding: 0.75em;
    border: 1px solid var(--ally-border);
    border-radius: var(--ally-radius);
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 0.6em;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .field .label {
    font-weight: 600;
  }
  input:not([type='checkbox']),
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.6em;
    font: inherit;
    color: var(--ally-text);
    background: var(--ally-background);
    border: 1px solid var(--ally-border-strong, var(--ally-text));
    border-radius: var(--ally-radius);
  }
  input[dir='ltr'] {
    text-align: start;
  }
  :focus-visible {
    outline: 3px solid var(--ally-accent);
    outline-offset: 2px;
  }
  .hint {
    font-size: 0.9em;
  }
  .hint.invalid {
    color: var(--ally-danger);
    font-weight: 600;
  }
  .check {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--ally-accent);
  }
  .nav,
  .actions,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .nav {
    justify-content: space-between;
  }
  .actions {
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--ally-border);
  }
  .confirm {
    width: 100%;
    align-items: center;
  }
  .confirm p {
    flex: 1 1 100%;
  }
  .button.danger {
    border-color: var(--ally-danger);
  }
  .add,
  [part~='locator'] {
    width: fit-content;
    max-width: 100%;
  }
`;
