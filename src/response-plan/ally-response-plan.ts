import { defineElement } from '../internal/define.js';
// This widget's translated strings as modules (lib/); dist/ fetches them as JSON instead.
import '../generated/strings/responsePlan.js';
import { AllyResponsePlan } from './response-plan.component.js';

export { AllyResponsePlan };
defineElement('ally-response-plan', AllyResponsePlan);

declare global {
  interface HTMLElementTagNameMap {
    'ally-response-plan': AllyResponsePlan;
  }
}
