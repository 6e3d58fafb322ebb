/**
 * The display rule (docs/facts.md): a street address or phone number is shown only when a current
 * source confirms it. A wrong number is worse than none for someone reporting a hate crime. Pure: no DOM.
 */
import type { Office } from '../core/data/types.js';

export const showsStreet = (office: Office): boolean => Boolean(office.street) && office.provenance.street?.confidence === 'confirmed';
export const showsPhone = (office: Office): boolean => Boolean(office.phone) && office.provenance.phone?.confidence === 'confirmed';
