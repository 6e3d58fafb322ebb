import { define } from '../core/element/define.js';
import { CrsOfficeLocator } from './office-locator.js';

export { CrsOfficeLocator };
export type { OfficeSelectDetail, SelectVia, LocatorView } from './office-locator.js';

define('crs-office-locator', CrsOfficeLocator);

declare global {
  interface HTMLElementTagNameMap {
    'crs-office-locator': CrsOfficeLocator;
  }
}
