import { defineElement } from '../internal/define.js';
import { AllyResponsePlan } from './response-plan.component.js';

export { AllyResponsePlan };
defineElement('ally-response-plan', AllyResponsePlan);

declare global {
  interface HTMLElementTagNameMap {
    'ally-response-plan': AllyResponsePlan;
  }
}
