/** ZIP code → state, offline, from the generated USPS prefix table. Pure: no DOM. */
import { ZIP_EXCEPTIONS, ZIP_PREFIXES } from '../generated/zip-table.js';
import { STATE_CODES, type StateCode } from '../core/data/states.js';

export type ZipLookup =
  | { kind: 'state'; zip: string; state: StateCode }
  | { kind: 'military'; zip: string }
  | { kind: 'unassigned'; zip: string }
  | { kind: 'invalid' };

const MILITARY = new Set(['AA', 'AE', 'AP']);
const SERVED = new Set<string>(STATE_CODES);

/** Accepts `77002`, ` 77002 ` and ZIP+4 `77002-1234`; anything else is invalid. */
export function lookupZip(input: string): ZipLookup {
  const match = /^\s*(\d{5})(?:-?\d{4})?\s*$/.exec(input);
  if (!match) return { kind: 'invalid' };
  const zip = match[1];
  const prefix = Number(zip.slice(0, 3));
  const code = ZIP_EXCEPTIONS[zip] ?? ZIP_PREFIXES.slice(prefix * 2, prefix * 2 + 2);
  if (SERVED.has(code)) return { kind: 'state', zip, state: code as StateCode };
  if (MILITARY.has(code)) return { kind: 'military', zip };
  return { kind: 'unassigned', zip };
}
