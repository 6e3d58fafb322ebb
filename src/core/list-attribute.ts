/** Parses a space-separated list attribute against its allowed values, keeping the given order. Pure. */
export function parseList<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
): { items: T[]; unknown: string[] } {
  if (value === null || value === undefined || value.trim() === '') return { items: [...allowed], unknown: [] };
  const items: T[] = [];
  const unknown: string[] = [];
  for (const token of value.trim().split(/\s+/)) {
    if ((allowed as readonly string[]).includes(token)) {
      if (!items.includes(token as T)) items.push(token as T);
    } else unknown.push(token);
  }
  return { items: items.length ? items : [...allowed], unknown };
}
