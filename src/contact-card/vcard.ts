/**
 * vCard 4.0 (RFC 6350) text for an office, built in the page: nothing is fetched. Pure: no DOM.
 * Every value is escaped or validated here, whatever the caller passes: a partner's data must not
 * be able to add a property or a second card.
 */
import { isEmailAddress, safeHref, telHref } from '../core/safety/links.js';

export interface VCardInput {
  name: string;
  organization: readonly string[];
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  /** A phone number as written or a `tel:` URI; written only when it normalises to E.164. */
  phone?: string;
  /** Written only when it is a bare address. */
  email?: string;
  /** Written as its normalised https: form, only when it is one. */
  url?: string;
  note?: string;
}

/**
 * Escapes a text value (RFC 6350 §3.4): backslash, comma, semicolon, and every line break (CRLF,
 * lone LF, lone CR, and the Unicode line and paragraph separators) as `\n`. Other control
 * characters have no meaning in a card and are dropped.
 */
export function escapeText(value: string): string {
  return String(value)
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\\n')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 6350 §3.2). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // A continuation line starts with one space, which counts towards its 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function buildVCard(input: VCardInput): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:org', `FN:${escapeText(input.name)}`];
  lines.push(`ORG:${input.organization.map(escapeText).join(';')}`);
  if (input.city || input.street) {
    const adr = ['', '', input.street ?? '', input.city ?? '', input.region ?? '', input.postalCode ?? '', 'USA'];
    lines.push(`ADR;TYPE=work:${adr.map(escapeText).join(';')}`);
  }
  const tel = telHref(input.phone?.replace(/^tel:/, ''));
  if (tel) lines.push(`TEL;VALUE=uri;TYPE="work,voice":${tel}`);
  if (isEmailAddress(input.email)) lines.push(`EMAIL;TYPE=work:${input.email}`);
  const url = safeHref(input.url);
  if (url?.startsWith('https:')) lines.push(`URL:${url}`);
  if (input.note) lines.push(`NOTE:${escapeText(input.note)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
