/**
 * Every Ally widget, for app developers who bundle the npm package themselves:
 * importing `ally-widgets` registers each element of the widget registry
 * (src/widgets.mjs) and exports their classes. One element alone:
 * `ally-widgets/ally-hotline.js`.
 */
export * from './generated/all-widgets.js';
export { defineElement } from './internal/define.js';
export { VERSION } from './internal/version.js';
