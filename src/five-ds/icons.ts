import { svg } from 'lit';

/** The accordion's open/closed chevron (decorative: the button's aria-expanded says the state). */
export const chevronIcon = svg`<svg class="chev" viewBox="0 0 24 24" width="1.5em" height="1.5em" aria-hidden="true" focusable="false"><path fill="currentColor" d="M5.3 8.3a1 1 0 0 1 1.4 0L12 13.6l5.3-5.3a1 1 0 1 1 1.4 1.4l-6 6a1 1 0 0 1-1.4 0l-6-6a1 1 0 0 1 0-1.4z"/></svg>`;
