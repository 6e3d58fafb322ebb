import { define } from '../core/element/define.js';
import { CrsContactCard } from './contact-card.js';

export { CrsContactCard };
export type { ContactAction, ContactActionDetail } from './contact-card.js';

define('crs-contact-card', CrsContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'crs-contact-card': CrsContactCard;
  }
}
