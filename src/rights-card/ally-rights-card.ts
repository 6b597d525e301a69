import { defineElement } from '../internal/define.js';
// This widget's translated strings as modules (lib/); dist/ fetches them as JSON instead.
import '../generated/strings/rightsCard.js';
import { AllyRightsCard } from './rights-card.component.js';

export { AllyRightsCard };
defineElement('ally-rights-card', AllyRightsCard);

declare global {
  interface HTMLElementTagNameMap {
    'ally-rights-card': AllyRightsCard;
  }
}
