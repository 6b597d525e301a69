import { defineElement } from '../internal/define.js';
import { AllyFiveDs } from './five-ds.component.js';

export { AllyFiveDs };
defineElement('ally-five-ds', AllyFiveDs);

declare global {
  interface HTMLElementTagNameMap {
    'ally-five-ds': AllyFiveDs;
  }
}
