import { defineElement } from '../internal/define.js';
// This widget's translated strings as modules (lib/); dist/ fetches them as JSON instead.
import '../generated/strings/fiveDs.js';
import { AllyFiveDs } from './five-ds.component.js';

export { AllyFiveDs };
defineElement('ally-five-ds', AllyFiveDs);

declare global {
  interface HTMLElementTagNameMap {
    'ally-five-ds': AllyFiveDs;
  }
}
