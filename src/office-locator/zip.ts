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

/**
 * The input as ASCII digits: NFKC folds full-width digits and odd spaces; Arabic-Indic (٠–٩) and
 * Persian (۰–۹) digits, which NFKC leaves alone, are mapped here.
 */
function normaliseZipInput(input: string): string {
  return String(input)
    .normalize('NFKC')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .trim();
}

/**
 * Accepts `77002`, ` 77002 `, ZIP+4 as `77002-1234` or `77002 1234` (any dash), and the same in
 * full-width, Arabic-Indic or Persian digits; anything else is invalid.
 */
export function lookupZip(input: string): ZipLookup {
  const match = /^(\d{5})(?:(?:\s*[-\u2010-\u2015\u2212]\s*|\s+)?\d{4})?$/.exec(normaliseZipInput(input));
  if (!match) return { kind: 'invalid' };
  const zip = match[1];
  const prefix = Number(zip.slice(0, 3));
  const code = Object.hasOwn(ZIP_EXCEPTIONS, zip) ? ZIP_EXCEPTIONS[zip] : ZIP_PREFIXES.slice(prefix * 2, prefix * 2 + 2);
  if (SERVED.has(code)) return { kind: 'state', zip, state: code as StateCode };
  if (MILITARY.has(code)) return { kind: 'military', zip };
  return { kind: 'unassigned', zip };
}
