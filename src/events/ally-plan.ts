/**
 * Emitted by `<ally-response-plan>`. Neither event ever carries anything the visitor typed:
 * `ally-plan-print` says only that the plan was printed, `ally-plan-download` which kind of file was made.
 */
export type AllyPlanPrintEvent = CustomEvent<{ card: true }>;
export type AllyPlanDownloadEvent = CustomEvent<{ format: 'txt' | 'vcf' | 'share' }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ally-plan-print': AllyPlanPrintEvent;
    'ally-plan-download': AllyPlanDownloadEvent;
  }
}
