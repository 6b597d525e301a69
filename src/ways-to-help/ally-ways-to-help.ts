import { defineElement } from '../internal/define.js';
// This widget's translated strings as modules (lib/); dist/ fetches them as JSON instead.
import '../generated/strings/waysToHelp.js';
import { AllyWaysToHelp } from './ways-to-help.component.js';

export { AllyWaysToHelp };
defineElement('ally-ways-to-help', AllyWaysToHelp);

declare global {
  interface HTMLElementTagNameMap {
    'ally-ways-to-help': AllyWaysToHelp;
  }
}
