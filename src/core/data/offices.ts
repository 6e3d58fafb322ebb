/** The one office lookup every widget uses. Pure. */
import type { Dataset, Office } from './types.js';

/**
 * The office with this id, ignoring case and surrounding spaces (`Houston` finds `houston`). Only
 * the dataset's own offices match: `constructor` or `__proto__` find nothing.
 */
export function findOffice(data: Dataset, id: unknown): Office | undefined {
  if (typeof id !== 'string') return undefined;
  const wanted = id.trim().toLowerCase();
  return data.offices.find((o) => typeof o.id === 'string' && o.id.toLowerCase() === wanted);
}
