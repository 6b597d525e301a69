import { defineElement } from '../internal/define.js';
import { AllyRightsCard } from './rights-card.component.js';

export { AllyRightsCard };
defineElement('ally-rights-card', AllyRightsCard);

declare global {
  interface HTMLElementTagNameMap {
    'ally-rights-card': AllyRightsCard;
  }
}
