/**
 * Link building for untrusted data: only https:, mailto: and tel: ever reach an href (docs/contract.md, Robustness).
 * Pure: no DOM.
 */
const ALLOWED = new Set(['https:', 'mailto:', 'tel:']);

/**
 * C0 and C1 controls and the bidi formatting characters. The URL parser silently drops CR, LF and
 * tab, so a value holding them is refused rather than "cleaned" into something else.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The parsed, normalised URL (`url.href`) when it is https:, mailto: or tel:; the raw string is never used. */
export function safeHref(value: string | undefined): string | undefined {
  if (!value || typeof value !== 'string' || CONTROL.test(value)) return undefined;
  try {
    const url = new URL(value);
    // A user name before the host (https://www.justice.gov@evil.example/) disguises where a link goes.
    return ALLOWED.has(url.protocol) && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A phone number in E.164 (`+12023052935`), or undefined when it is not a complete, valid number.
 * The one normalisation behind both `tel:` links and the vCard's TEL line.
 * - `+` and 8–15 digits, country code not starting with 0 (`+44 20 7946 0000`);
 * - `011` (the North American international prefix) is read as `+` (`011 44 20 7946 0000`);
 * - otherwise a North American number: ten digits, or eleven starting with 1, with a valid area
 *   code and exchange (first digit 2–9). A seven-digit local number (`305-2935`) is refused.
 * Only digits, spaces and `( ) - . /` may appear besides a leading `+`.
 */
export function normalisePhone(phone: string | undefined): string | undefined {
  if (typeof phone !== 'string') return undefined;
  const trimmed = phone.trim();
  if (!/^\+?[0-9 ().\-/\u00a0]+$/.test(trimmed)) return undefined;
  const digits = trimmed.replace(/[^0-9]/g, '');
  const international = trimmed.startsWith('+') ? digits : digits.startsWith('011') ? digits.slice(3) : undefined;
  if (international !== undefined) return /^[1-9][0-9]{7,14}$/.test(international) ? `+${international}` : undefined;
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  return /^[2-9][0-9]{2}[2-9][0-9]{6}$/.test(national) ? `+1${national}` : undefined;
}

/** `tel:` URI in E.164 form, or undefined for an invalid number (it is then shown as text only). */
export function telHref(phone: string | undefined): string | undefined {
  const e164 = normalisePhone(phone);
  return e164 ? `tel:${e164}` : undefined;
}

/** A bare address (`local@domain.tld`): no `?`, `%`, `&`, `/`, `:` or spaces, so no header or parameter can ride along. */
const ADDRESS = /^[A-Za-z0-9_+'-]+(?:\.[A-Za-z0-9_+'-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

export function isEmailAddress(email: string | undefined): email is string {
  return typeof email === 'string' && email.length <= 254 && ADDRESS.test(email);
}

/** `mailto:` with the address only, never parameters (`?bcc=`, `?subject=` …). */
export function mailtoHref(email: string | undefined): string | undefined {
  return isEmailAddress(email) ? `mailto:${email}` : undefined;
}

/** `https://www.justice.gov/crs` → `www.justice.gov/crs`, the way people write it. */
export function displayUrl(href: string): string {
  return href.replace(/^https:\/\//, '').replace(/\/$/, '');
}

/**
 * Isolates a left-to-right run (a date range, a number) inside translated text, so right-to-left text
 * keeps its order; word joiners keep a range such as 2016–2021 from breaking across lines.
 */
export const ltr = (value: string): string => `\u2066${stripBidiControls(value).replace(/[–-]/g, '\u2060$&\u2060')}\u2069`;

/** Embeddings, overrides, isolates and marks (U+202A–202E, U+2066–2069, U+200E/200F, U+061C). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The value without bidi formatting characters, so data cannot reorder the text around it. */
export const stripBidiControls = (value: string): string => String(value).replace(BIDI_CONTROLS, '');
