/**
 * Every Ally widget, for app developers who bundle the npm package themselves:
 * importing `ally-widgets` registers each element of the widget registry
 * (src/widgets.mjs) and exports their classes. One element alone:
 * `ally-widgets/ally-hotline.js`. Types for TypeScript come from here too:
 * every event (`AllyCallEvent` …) and every attribute that takes one of a
 * few values, as a union (`HotlineVariant` = `'button' | 'banner' | 'floating'`).
 * JSX types for React 19: `ally-widgets/react`.
 */
export * from './generated/all-widgets.js';
export { defineElement } from './internal/define.js';
export { VERSION } from './internal/version.js';

export type { AllyElement, Theme } from './internal/ally-element.js';
export type { HotlineVariant, HotlinePosition } from './hotline/hotline.component.js';
export type { RightsCardSide } from './rights-card/rights-card.component.js';
export type { FiveD, Layout as FiveDsLayout } from './five-ds/ids.js';
export type { Layout as WaysToHelpLayout, Topic as WaysToHelpTopic } from './ways-to-help/topics.js';
export type * from './events/ally-action.js';
export type * from './events/ally-call.js';
export type * from './events/ally-flip.js';
export type * from './events/ally-language-change.js';
export type * from './events/ally-plan.js';
export type * from './events/ally-report.js';
export type * from './events/ally-search.js';
export type * from './events/ally-select.js';
export type * from './events/ally-toggle.js';
