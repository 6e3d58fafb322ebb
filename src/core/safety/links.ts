/**
 * Link building for untrusted data: only https:, mailto: and tel: ever reach an href (docs/contract.md, Robustness).
 * Each link comes from the same field rule the validator applies (./data/fields.ts), so a value the validator
 * accepts always becomes its link. Pure: no DOM.
 */
import { isEmailAddress, parseUrl, toE164 } from '../data/fields.js';

export { isEmailAddress, toE164 };
/** The name the vCard and its tests know the phone reading by. */
export const normalisePhone = toE164;

/** The parsed, normalised URL (`url.href`) when it is https:, mailto: or tel:; the raw string is never used. */
export const safeHref = (value: string | undefined): string | undefined => parseUrl(value, ['https:', 'mailto:', 'tel:']);

/** `tel:` URI in E.164 form, or undefined for an invalid number (it is then shown as text only). */
export function telHref(phone: string | undefined): string | undefined {
  const e164 = toE164(phone);
  return e164 ? `tel:${e164}` : undefined;
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

/** Isolates a value of either direction (a partner's name) inside translated text (first strong isolate). */
export const isolate = (value: string): string => `\u2068${stripBidiControls(value)}\u2069`;

/** Embeddings, overrides, isolates and marks (U+202A–202E, U+2066–2069, U+200E/200F, U+061C). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The value without bidi formatting characters, so data cannot reorder the text around it. */
export const stripBidiControls = (value: string): string => String(value).replace(BIDI_CONTROLS, '');
