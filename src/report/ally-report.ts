import { defineElement } from '../internal/define.js';
import { AllyReport } from './report.component.js';

export { AllyReport };
defineElement('ally-report', AllyReport);

declare global {
  interface HTMLElementTagNameMap {
    'ally-report': AllyReport;
  }
}
