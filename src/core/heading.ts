import { warn } from './warn.js';

/** Parses a `heading-level` attribute: 2–6, anything else falls back to 2 (the caller warns). */
export function parseHeadingLevel(value: string | number | null | undefined): { level: number; valid: boolean } {
  if (value === null || value === undefined || value === '') return { level: 2, valid: true };
  const level = Number(value);
  const valid = Number.isInteger(level) && level >= 2 && level <= 6;
  return { level: valid ? level : 2, valid };
}

/** The documented fallback for a bad `heading-level` is level 2 and a console warning. */
export function warnBadHeadingLevel(tag: string, value: string | number | null | undefined): void {
  if (!parseHeadingLevel(value).valid) {
    warn(`<${tag} heading-level="${value}">: use a number from 2 to 6; level 2 is used.`);
  }
}
