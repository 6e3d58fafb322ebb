/**
 * vCard 4.0 (RFC 6350) text for an office, built in the page: nothing is fetched. Pure: no DOM.
 */
export interface VCardInput {
  name: string;
  organization: readonly string[];
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  phone?: string;
  email?: string;
  url?: string;
  note?: string;
}

/** Escapes a text value: backslash, comma, semicolon and newlines (RFC 6350 §3.4). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 6350 §3.2). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
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
  if (input.phone) lines.push(`TEL;VALUE=uri;TYPE="work,voice":${input.phone}`);
  if (input.email) lines.push(`EMAIL;TYPE=work:${escapeText(input.email)}`);
  if (input.url) lines.push(`URL:${input.url}`);
  if (input.note) lines.push(`NOTE:${escapeText(input.note)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
