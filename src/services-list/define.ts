import { define } from '../core/element/define.js';
import { CrsServicesList } from './services-list.js';

export { CrsServicesList };
export type { ServiceToggleDetail } from './services-list.js';
export { SERVICE_IDS, SECTION_IDS, type ServiceId, type SectionId } from './services.js';

define('crs-services-list', CrsServicesList);

declare global {
  interface HTMLElementTagNameMap {
    'crs-services-list': CrsServicesList;
  }
}
