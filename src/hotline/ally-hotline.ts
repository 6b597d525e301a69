import { defineElement } from '../internal/define.js';
import { AllyHotline } from './hotline.component.js';

export { AllyHotline };
defineElement('ally-hotline', AllyHotline);

declare global {
  interface HTMLElementTagNameMap {
    'ally-hotline': AllyHotline;
  }
}
