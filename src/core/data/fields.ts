/**
 * The field rules of the dataset, one function each: the validator accepts a value exactly when the
 * function reads it, and the widgets build their links and text with the same functions, so a value the
 * validator accepts is a value the widgets show. Pure, DOM-free.
 */

/**
 * Characters no data text may hold: C0 and C1 controls; the bidi embeddings, overrides, isolates and marks
 * that reorder text around them; and invisible or filler characters that make a name look empty or like
 * another (soft hyphen, zero-width space, word joiners, BOM, the Hangul fillers, tag characters…). Zero-width
 * joiner and non-joiner stay allowed: Arabic, Persian and Indic scripts need them.
 */
export const UNSAFE_BMP =
  '\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b\\u200e\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u3164\\ufeff\\uffa0\\ufff9-\\ufffb';
const UNSAFE = new RegExp(`[${UNSAFE_BMP}\\u{e0000}-\\u{e007f}]`, 'u');
/** More than four combining marks on one letter stack without limit and paint over the page. */
const MARK_RUN = /\p{M}{5}/u;
export const MAX_TEXT = 500;

/** A text the widgets can show as it is: non-empty, at most 500 characters, nothing hidden. */
export const isSafeText = (value: string): boolean =>
  value.trim() !== '' && value.length <= MAX_TEXT && !UNSAFE.test(value) && !MARK_RUN.test(value);

/**
 * Shows the characters the terminal or the console would act on or hide as `\uXXXX` escapes (controls,
 * escapes, bidi, invisible characters) and shortens the text, so a report never reorders, recolours or
 * hides the line it is printed on.
 */
export function visible(text: string, max = 80): string {
  const shown = String(text).replace(new RegExp(UNSAFE, 'gu'), (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

/**
 * A phone number in E.164 (`+12023052935`), or undefined when it is not a complete, valid number.
 * The one reading behind the validator, `tel:` links and the vCard's TEL line.
 * - `+` and 8–15 digits, country code not starting with 0 (`+44 20 7946 0000`);
 * - `011` (the North American international prefix) is read as `+` (`011 44 20 7946 0000`);
 * - otherwise a North American number: ten digits, or eleven starting with 1, with a valid area
 *   code and exchange (first digit 2–9). A seven-digit local number (`305-2935`) is refused.
 * Only digits, spaces and `( ) - . /` may appear besides a leading `+`.
 */
export function toE164(phone: unknown): string | undefined {
  if (typeof phone !== 'string') return undefined;
  const trimmed = phone.trim();
  if (!/^\+?[0-9 ().\-/\u00a0]+$/.test(trimmed)) return undefined;
  const digits = trimmed.replace(/[^0-9]/g, '');
  const international = trimmed.startsWith('+') ? digits : digits.startsWith('011') ? digits.slice(3) : undefined;
  if (international !== undefined) return /^[1-9][0-9]{7,14}$/.test(international) ? `+${international}` : undefined;
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  return /^[2-9][0-9]{2}[2-9][0-9]{6}$/.test(national) ? `+1${national}` : undefined;
}

/** A bare address (`local@domain.tld`): no `?`, `%`, `&`, `/`, `:` or spaces, so no header or parameter can ride along. */
export const ADDRESS = /^[A-Za-z0-9_+'-]+(?:\.[A-Za-z0-9_+'-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

export const isEmailAddress = (email: unknown): email is string =>
  typeof email === 'string' && email.length <= 254 && ADDRESS.test(email);

/**
 * The parsed, normalised URL (`url.href`) when it is one of `schemes` and hides nothing; the raw string is
 * never used. The URL parser silently drops tabs and line breaks, so a value holding them (or any other
 * hidden character) is refused rather than "cleaned" into something else; a user name before the host
 * (https://www.justice.gov@evil.example/) disguises where a link goes.
 */
export function parseUrl(value: unknown, schemes: readonly string[] = ['https:']): string | undefined {
  if (typeof value !== 'string' || !isSafeText(value)) return undefined;
  try {
    const url = new URL(value);
    return schemes.includes(url.protocol) && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}
