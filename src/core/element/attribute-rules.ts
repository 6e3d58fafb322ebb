/**
 * What each attribute of an element allows and falls back to, declared once per element and resolved
 * by the base class (crs-element.ts) on every update: a bad value gives way to its fallback, and its
 * problem is named in the console once per page, and on screen only with `debug`. Pure: no DOM.
 */
import type { Dataset } from '../data/types.js';
import { attributeText } from '../i18n/messages.js';
import { parseHeadingLevel } from './heading.js';

/** A value to use, and the sentence naming why it is not the one the page gave (said in the widget's language). */
export interface Resolved<T> {
  value: T;
  problem?: () => string;
}

/** Turns a property's value (and the dataset, for ids the data defines) into the value to use. */
export type Rule<T> = (value: unknown, data: Dataset) => Resolved<T>;

const given = (value: unknown): boolean => value !== null && value !== undefined;

/** One of a few keywords (`theme`, `help`, `view`); no attribute at all is the fallback, silently. */
export const oneOf =
  <T extends string>(attribute: string, allowed: readonly T[], fallback: T): Rule<T> =>
  (value) =>
    (allowed as readonly unknown[]).includes(value)
      ? { value: value as T }
      : { value: fallback, problem: given(value) ? () => attributeText.notOneOf(attribute, String(value), allowed.join(', '), fallback) : undefined };

/** `heading-level`: 2–6, else 2. */
export const headingLevel: Rule<number> = (value) => {
  const { level, valid } = parseHeadingLevel(value as string | number | null);
  return { value: level, problem: valid ? undefined : () => attributeText.notOneOf('heading-level', String(value), '2, 3, 4, 5, 6', '2') };
};

/** Parses a space-separated list against its allowed values, in the given order, each once. */
function parseList<T extends string>(
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

/** A space-separated list of ids, in the page's order; unknown ids are left out (none known: all of them). */
export const idList =
  <T extends string>(attribute: string, allowed: readonly T[]): Rule<T[]> =>
  (value) => {
    const { items, unknown } = parseList(value as string | null, allowed);
    return { value: items, problem: unknown.length ? () => attributeText.unknownIds(attribute, unknown.map((u) => `"${u}"`).join(', ')) : undefined };
  };

/**
 * An id the dataset defines (an office, a state), looked up without regard to case or spaces. An
 * empty value is the fallback, silently; an unknown one is the fallback, named by `say`.
 */
export const inData =
  <T>(find: (data: Dataset, id: string) => T | undefined, say: (id: string) => string, fallback: (data: Dataset) => T | undefined = () => undefined): Rule<T | undefined> =>
  (value, data) => {
    const id = typeof value === 'string' ? value.trim() : '';
    const found = id ? find(data, id) : undefined;
    return found !== undefined ? { value: found } : { value: fallback(data), problem: id ? () => say(id) : undefined };
  };
