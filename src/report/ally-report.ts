import { defineElement } from '../internal/define.js';
// This widget's translated strings as modules (lib/); dist/ fetches them as JSON instead.
import '../generated/strings/report.js';
import { AllyReport } from './report.component.js';

export { AllyReport };
defineElement('ally-report', AllyReport);

declare global {
  interface HTMLElementTagNameMap {
    'ally-report': AllyReport;
  }
}
