import { defineElement } from '../internal/define.js';
// This widget's translated strings as modules (lib/); dist/ fetches them as JSON instead.
import '../generated/strings/groupFinder.js';
import { AllyGroupFinder } from './group-finder.component.js';

export { AllyGroupFinder };
defineElement('ally-group-finder', AllyGroupFinder);

declare global {
  interface HTMLElementTagNameMap {
    'ally-group-finder': AllyGroupFinder;
  }
}
