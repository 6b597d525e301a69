/**
 * Registers every Ally widget. Partners load the built `dist/ally-widgets.js`;
 * app developers may import one element (`ally-widgets/ally-hotline.js`).
 */
export * from './hotline/ally-hotline.js';
export * from './rights-card/ally-rights-card.js';
export * from './five-ds/ally-five-ds.js';
export * from './group-finder/ally-group-finder.js';
export { defineElement } from './internal/define.js';
export { VERSION } from './internal/version.js';
