import { defineElement } from '../internal/define.js';
import { AllyWaysToHelp } from './ways-to-help.component.js';

export { AllyWaysToHelp };
defineElement('ally-ways-to-help', AllyWaysToHelp);

declare global {
  interface HTMLElementTagNameMap {
    'ally-ways-to-help': AllyWaysToHelp;
  }
}
