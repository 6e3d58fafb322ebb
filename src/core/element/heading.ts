/** Parses a `heading-level` attribute: 2–6, anything else falls back to 2 (attribute-rules.ts names it). */
export function parseHeadingLevel(value: string | number | null | undefined): { level: number; valid: boolean } {
  if (value === null || value === undefined || value === '') return { level: 2, valid: true };
  const level = Number(value);
  const valid = Number.isInteger(level) && level >= 2 && level <= 6;
  return { level: valid ? level : 2, valid };
}
