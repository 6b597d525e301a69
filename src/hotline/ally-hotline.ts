import { defineElement } from '../internal/define.js';
// This widget's translated strings as modules (lib/); dist/ fetches them as JSON instead.
import '../generated/strings/hotline.js';
import { AllyHotline } from './hotline.component.js';

export { AllyHotline };
defineElement('ally-hotline', AllyHotline);

declare global {
  interface HTMLElementTagNameMap {
    'ally-hotline': AllyHotline;
  }
}
