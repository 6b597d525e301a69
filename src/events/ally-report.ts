import type { ReportKind } from '../report/message.js';

/**
 * Emitted by `<ally-report>` when a witness taps Text it, Call or Copy. Says how
 * and what kind of activity (or `null` when none was chosen) — never the place,
 * the time, the position or the text of the report.
 */
export type AllyReportEvent = CustomEvent<{ via: 'sms' | 'call' | 'copy'; kind: ReportKind | null }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ally-report': AllyReportEvent;
  }
}
