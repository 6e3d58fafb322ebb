/**
 * `count` values made by `make(index)`, with a plain loop. Not `Array.from({ length }, fn)`: old CMS
 * libraries (Prototype.js, MooTools) replace Array.from with versions that ignore `fn`. Pure.
 */
export function times<T>(count: number, make: (index: number) => T): T[] {
  const values: T[] = [];
  for (let i = 0; i < count; i++) values.push(make(i));
  return values;
}
