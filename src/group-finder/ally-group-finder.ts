import { defineElement } from '../internal/define.js';
import { AllyGroupFinder } from './group-finder.component.js';

export { AllyGroupFinder };
defineElement('ally-group-finder', AllyGroupFinder);

declare global {
  interface HTMLElementTagNameMap {
    'ally-group-finder': AllyGroupFinder;
  }
}
