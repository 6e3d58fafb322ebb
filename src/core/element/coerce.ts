/**
 * Property values set from script are not checked by TypeScript: `el.services = ['mediation']`,
 * `el.office = 5`, `el.headingLevel = Symbol()`. These turn any value into the type the element
 * expects, or into "not set", with one console warning, so nothing throws into the host page.
 * Pure: no DOM.
 */
import { warn } from './warn.js';

const describe = (value: unknown): string => {
  if (typeof value === 'symbol') return 'a symbol';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
};

function warnCoerced(name: string, value: unknown, outcome: string): void {
  warn(`${name} was set to ${describe(value)}; ${outcome}`);
}

/**
 * A string property: strings pass, numbers become their text, null/undefined stay "not set";
 * anything else (symbols, objects) is not set, with a warning.
 */
export function asText(name: string, value: unknown): string | null {
  if (value === null || value === undefined || typeof value === 'string') return value ?? null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  warnCoerced(name, value, 'it is ignored (use a string).');
  return null;
}

/** A space-separated list property: an array of strings is joined (`['mediation']` → `mediation`). */
export function asList(name: string, value: unknown): string | null {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(' ');
  return asText(name, value);
}

/** `heading-level`: a number or a numeric string; anything else is "not set" (level 2). */
export function asLevel(name: string, value: unknown): string | number | null {
  if (typeof value === 'number') return value;
  return asText(name, value);
}

/** A URL property (`data-src`): a string or a URL object; anything else is not loaded. */
export function asUrl(name: string, value: unknown): string | null {
  if (typeof URL === 'function' && value instanceof URL) return value.href;
  if (value === null || value === undefined || typeof value === 'string') return value ?? null;
  warnCoerced(name, value, 'no partner data is loaded (use a URL string).');
  return null;
}
