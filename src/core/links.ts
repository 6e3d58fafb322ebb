/**
 * Link building for untrusted data: only https:, mailto: and tel: ever reach an href (docs/contract.md, Robustness).
 * Pure: no DOM.
 */
const ALLOWED = new Set(['https:', 'mailto:', 'tel:']);

export function safeHref(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return ALLOWED.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `tel:` URI in E.164 form; US numbers written with ten digits get +1. */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[^0-9]/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  const e164 = phone.trim().startsWith('+') ? digits : digits.length === 10 ? `1${digits}` : digits;
  return `tel:+${e164}`;
}

export function mailtoHref(email: string): string | undefined {
  return /^[^\s@<>"/:]+@[^\s@<>"/:]+\.[a-z]{2,}$/i.test(email) ? `mailto:${email}` : undefined;
}

/** `https://www.justice.gov/crs` → `www.justice.gov/crs`, the way people write it. */
export function displayUrl(href: string): string {
  return href.replace(/^https:\/\//, '').replace(/\/$/, '');
}

/**
 * Isolates a left-to-right run (a date range, a number) inside translated text, so right-to-left text
 * keeps its order; word joiners keep a range such as 2016–2021 from breaking across lines.
 */
export const ltr = (value: string): string => `\u2066${value.replace(/[–-]/g, '\u2060$&\u2060')}\u2069`;
