/**
 * Validation of a dataset (docs/data-schema.md), pure and DOM-free: the widgets run it on `data-src`,
 * the build on the bundled data, and `npx crs-widgets validate` on a partner's file. It reports every
 * problem at once, each with the office or region it belongs to, the field, the bad value and the
 * expected form, so a partner fixes a file in one pass.
 *
 * One bad fact rejects the whole file (the widgets then show the bundled data): a file that is wrong
 * in one place may be wrong in others, and dropping a single office would silently change which
 * office serves a state.
 */
import { STATE_CODES } from './states.js';
import { BUNDLED_STATUS, STATUS_STATES } from './status.js';
import type { Dataset, DatasetFile } from './types.js';

export type ValidationReason =
  | 'missing' | 'type' | 'format' | 'reference' | 'duplicate' | 'coverage' | 'contradiction' | 'unknown';

export interface ValidationProblem {
  /** `office "houston"`, `region "west"`, `contact`, `publisher`, `status` or `dataset`. */
  readonly where: string;
  /** The field inside it: `phone`, `provenance.street.source.date`. */
  readonly field: string;
  /** The same place as a path from the file's root, for tools: `offices[14].phone`. */
  readonly path: string;
  readonly reason: ValidationReason;
  /** The bad value as JSON, shortened; absent when the field is missing. */
  readonly value?: string;
  /** The form the field must take, in English for the partner's developers. */
  readonly expected: string;
  /** All of the above in one line. */
  readonly message: string;
}

/** The first problem's path and reason, plus the full list. */
export interface ValidationError {
  readonly path: string;
  readonly reason: ValidationReason;
  readonly problems: readonly ValidationProblem[];
}

export type ValidationResult =
  | { ok: true; data: Dataset; warnings: readonly string[] }
  | { ok: false; error: ValidationError; problems: readonly ValidationProblem[] };

type Json = Record<string, unknown>;
const MAX_TEXT = 500;
const MAX_PROBLEMS = 200;
const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const DAY = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ZIP = /^\d{5}(-\d{4})?$/;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
// C0 and C1 controls, and the bidi embeddings, overrides and isolates that reorder text on screen.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const STATES = new Set<string>(STATE_CODES);
const KINDS = ['headquarters', 'regional', 'field'];
const CONFIDENCES = ['confirmed', 'old', 'conflicting', 'inferred'];
const SOURCE_KINDS = ['government', 'news', 'litigation', 'other'];
/** A contact fact whose source is older than this is flagged by the CLI: it may no longer be answered. */
const OLD_YEARS = 5;

const EXPECT = {
  text: `a non-empty text of at most ${MAX_TEXT} characters, without control or bidi-override characters`,
  id: 'a lowercase id of letters, digits and hyphens (such as "houston")',
  date: 'a date such as "2016-11-30", "2003-09" or "2024", or a span such as "2016/2020"',
  https: 'an address starting with https:// (such as "https://www.justice.gov/crs")',
  email: 'a bare email address such as "askcrs@usdoj.gov", without "mailto:" or "?" parameters',
  phone: 'a phone number that converts to E.164: a U.S. number of 10 digits ("202-305-2935") or + and 8–15 digits ("+1 202 305 2935")',
  zip: 'a ZIP code of 5 digits, or ZIP+4 ("77002" or "77002-1234")',
  state: 'a USPS code of a state or territory CRS serves (such as "TX"; see docs/data-schema.md)',
  confidence: 'one of "confirmed", "old", "conflicting", "inferred"',
  statusState: 'one of "operating", "uncertain", "closed"',
  asOf: 'the date the status describes: "2026-01-15", "2026-01" or "2026" (not a span)',
  sourceKind: 'one of "government", "news", "litigation", "other"',
  kind: 'one of "headquarters", "regional", "field"',
  object: 'an object',
} as const;

/** A phone number in E.164 (`+12023052935`), or undefined when it cannot be read as one. */
export function toE164(phone: string): string | undefined {
  const value = phone.trim();
  if (!/^\+?[0-9 ().-]+$/.test(value)) return undefined;
  const digits = value.replace(/\D/g, '');
  if (value.startsWith('+')) return digits.length >= 8 && digits.length <= 15 && digits[0] !== '0' ? `+${digits}` : undefined;
  const us = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
  return /^[2-9]\d{2}[2-9]\d{6}$/.test(us) ? `+1${us}` : undefined;
}

function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  // Invisible and direction-changing characters are shown as escapes, so a report never reorders the
  // console line it is printed on, and the partner sees what is wrong.
  text = text.replace(/[\u0080-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);

/** Collects problems for one record (an office, a region…) at a time. */
class Checker {
  readonly problems: ValidationProblem[] = [];
  readonly warnings: string[] = [];
  /** The date to judge a source's age by (the CLI passes it); undefined: no age warnings (the page needs none). */
  constructor(readonly now?: number) {}

  add(where: string, path: string, field: string, reason: ValidationReason, value: unknown, expected: string, present = true): false {
    if (this.problems.length >= MAX_PROBLEMS) return false;
    const shown = present ? show(value) : undefined;
    const got = shown === undefined ? 'is missing' : `is ${shown}`;
    const name = field ? `${where}, ${field}` : where;
    const message = `${name}: ${got} — expected ${expected}`;
    this.problems.push({ where, field, path, reason, value: shown, expected, message });
    return false;
  }

  /** A record: a place to report from, and helpers that check its fields. */
  record(where: string, base: string, value: unknown): Record_ | undefined {
    if (value === undefined || value === null) {
      this.add(where, base, '', 'missing', value, EXPECT.object, false);
      return undefined;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.add(where, base, '', 'type', value, `${EXPECT.object}, not ${kindOf(value)}`);
      return undefined;
    }
    return new Record_(this, where, base, value as Json);
  }
}

const joinPath = (base: string, field: string) => (base ? `${base}.${field}` : field);

class Record_ {
  constructor(readonly checker: Checker, readonly where: string, readonly base: string, readonly json: Json) {}

  private fail(field: string, reason: ValidationReason, value: unknown, expected: string): false {
    return this.checker.add(this.where, joinPath(this.base, field), field, reason, value, expected, value !== undefined);
  }

  /** A nested object field, reported once when it is missing or not an object. */
  record(field: string, expected: string): Json | undefined {
    const value = this.get(field);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Json;
    return void this.fail(field, value === undefined ? 'missing' : 'type', value, `an object ${expected}`);
  }

  get(field: string): unknown {
    return field.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Json)[key] : undefined), this.json);
  }

  /** Fields outside the schema are refused: a misspelt key would otherwise be silently ignored. */
  only(allowed: readonly string[], prefix = '', json: Json = this.json, hints: Record<string, string> = {}): void {
    for (const key of Object.keys(json)) {
      if (allowed.includes(key)) continue;
      const field = prefix + key;
      const expected = hints[key] ?? `no field "${key}" here (known fields: ${allowed.join(', ')})`;
      this.fail(field, hints[key] ? 'contradiction' : 'unknown', json[key], expected);
    }
  }

  text(field: string, optional = false, pattern?: RegExp, expected: string = EXPECT.text): string | undefined {
    const value = this.get(field);
    if (value === undefined && optional) return undefined;
    if (value === undefined || value === null) return void this.fail(field, 'missing', undefined, expected);
    if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_TEXT || HIDDEN.test(value)) {
      return void this.fail(field, typeof value === 'string' ? 'format' : 'type', value, expected);
    }
    if (pattern && !pattern.test(value)) return void this.fail(field, 'format', value, expected);
    return value;
  }

  oneOf(field: string, allowed: readonly string[], expected: string): string | undefined {
    const value = this.get(field);
    if (value === undefined) return void this.fail(field, 'missing', undefined, expected);
    if (typeof value !== 'string' || !allowed.includes(value)) return void this.fail(field, 'format', value, expected);
    return value;
  }

  https(field: string, optional = false): void {
    const value = this.text(field, optional, undefined, EXPECT.https);
    if (value === undefined) return;
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    // A user name can make a link read as another site: https://www.justice.gov@evil.example/.
    if (url?.protocol === 'https:' && !url.username && !url.password) return;
    const expected =
      url?.protocol === 'http:'
        ? `${EXPECT.https}; http: is not accepted, only https:`
        : url?.username || url?.password
          ? `${EXPECT.https}, without a user name or password before the host`
          : EXPECT.https;
    this.fail(field, 'format', value, expected);
  }

  email(field: string, optional = false): void {
    const value = this.text(field, optional, undefined, EXPECT.email);
    if (value !== undefined && !EMAIL.test(value)) this.fail(field, 'format', value, EXPECT.email);
  }

  phone(field: string, optional = false): void {
    const value = this.text(field, optional, undefined, EXPECT.phone);
    if (value !== undefined && !toE164(value)) this.fail(field, 'format', value, EXPECT.phone);
  }

  date(field: string, optional = false): void {
    const value = this.text(field, optional, undefined, EXPECT.date);
    if (value === undefined) return;
    const [from, to, ...rest] = value.split('/');
    const ok = rest.length === 0 && DAY.test(from) && (to === undefined || (DAY.test(to) && from <= to));
    if (!ok) this.fail(field, 'format', value, EXPECT.date);
  }

  number(field: string, min: number, max: number, expected: string): void {
    const value = this.get(field);
    if (value === undefined) return void this.fail(field, 'missing', undefined, expected);
    if (typeof value !== 'number' || !Number.isFinite(value)) return void this.fail(field, 'type', value, expected);
    if (value < min || value > max) this.fail(field, 'format', value, expected);
  }

  localized(field: string, optional = true): void {
    const value = this.get(field);
    const expected = `${EXPECT.text}, or an object of such texts by language tag ({ "en": "…", "es": "…" })`;
    if (value === undefined && optional) return;
    if (typeof value === 'string' || value === undefined || value === null) return void this.text(field, false, undefined, expected);
    if (typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length === 0) return void this.fail(field, 'type', value, expected);
    for (const tag of Object.keys(value)) {
      if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) this.fail(`${field}.${tag}`, 'format', tag, 'a language tag such as "en", "es" or "zh-Hans"');
      else this.text(`${field}.${tag}`, false, undefined, expected);
    }
  }

  /** `{ confidence, source: { url?, title?, date? } }`: a confirmed or old fact names a dated source. */
  provenance(field: string, optional = false): void {
    const value = this.get(field);
    const expected = 'an object { "confidence": …, "source": { "url" or "title", "date" } }';
    if (value === undefined && optional) return;
    if (value === undefined || value === null) return void this.fail(field, 'missing', undefined, expected);
    if (typeof value !== 'object' || Array.isArray(value)) return void this.fail(field, 'type', value, expected);
    this.only(['confidence', 'source'], `${field}.`, value as Json);
    const confidence = this.oneOf(`${field}.confidence`, CONFIDENCES, EXPECT.confidence);
    const source = this.get(`${field}.source`);
    const needed = confidence === 'confirmed' || confidence === 'old' || confidence === 'conflicting';
    if (source === undefined && !needed) return;
    const sourceExpected = 'an object with "url" (https) or "title", and "date" (required unless the fact is inferred)';
    if (source === undefined || source === null || typeof source !== 'object' || Array.isArray(source)) {
      return void this.fail(`${field}.source`, source === undefined ? 'missing' : 'type', source, sourceExpected);
    }
    this.source(`${field}.source`, needed, sourceExpected);
  }

  /** `{ kind?, url?, title?, date? }` with a url or a title; `dated`: the date is required. */
  source(field: string, dated: boolean, expected: string): void {
    const s = this.get(field) as Json;
    this.only(['kind', 'url', 'title', 'date'], `${field}.`, s);
    if (s.kind !== undefined) this.oneOf(`${field}.kind`, SOURCE_KINDS, EXPECT.sourceKind);
    this.https(`${field}.url`, true);
    this.text(`${field}.title`, true);
    this.date(`${field}.date`, !dated);
    if (s.url === undefined && s.title === undefined) this.fail(field, 'missing', undefined, expected);
  }

  /** `{ state, asOf, summary?, sources: [...] }` (docs/data-schema.md, Status). */
  status(field: string, optional: boolean): void {
    const value = field ? this.get(field) : this.json;
    const expected = 'an object { "state": …, "asOf": …, "summary": …, "sources": [ … ] }';
    if (value === undefined && optional) return;
    if (value === undefined || value === null) return void this.fail(field, 'missing', undefined, expected);
    if (typeof value !== 'object' || Array.isArray(value)) return void this.fail(field, 'type', value, expected);
    const at = (key: string) => (field ? `${field}.${key}` : key);
    this.only(['state', 'asOf', 'summary', 'sources'], field ? `${field}.` : '', value as Json);
    this.oneOf(at('state'), STATUS_STATES, EXPECT.statusState);
    this.text(at('asOf'), false, DAY, EXPECT.asOf);
    this.localized(at('summary'));
    const sourceExpected = 'an object with "url" (https) or "title", a "date", and optionally "kind" (news, litigation, government, other)';
    const sources = this.list(at('sources'), 20, 'a non-empty list of at most 20 sources');
    sources.forEach((source, i) => {
      const path = at(`sources.${i}`);
      if (!source || typeof source !== 'object' || Array.isArray(source)) this.fail(path, 'type', source, sourceExpected);
      else this.source(path, true, sourceExpected);
    });
  }

  /** A list of at most `max` entries. */
  list(field: string, max: number, expected: string): unknown[] {
    const value = this.get(field);
    if (value === undefined) return (this.fail(field, 'missing', undefined, expected), []);
    if (!Array.isArray(value) || value.length === 0 || value.length > max) return (this.fail(field, 'type', value, expected), []);
    return value;
  }
}

const ROOT_FIELDS = ['$schema', 'schemaVersion', 'publisher', 'updated', 'status', 'contact', 'offices', 'regions'];
const CONTACT_FIELDS = ['website', 'facebook', 'twitter', 'directory', 'provenance'];
const OFFICE_FIELDS = ['id', 'kind', 'region', 'name', 'street', 'city', 'state', 'zip', 'phone', 'email', 'lat', 'lon', 'status', 'provenance'];
const REGION_FIELDS = ['id', 'name', 'states', 'provenance', 'stateProvenance'];
const ONE_HQ = 'headquarters’ phone and email only on the office "hq" (one headquarters contact, so two numbers can never disagree)';

function checkContact(c: Checker, value: unknown): void {
  const contact = c.record('contact', 'contact', value);
  if (!contact) return;
  contact.only(CONTACT_FIELDS, '', contact.json, { phone: ONE_HQ, email: ONE_HQ });
  const keys = ['website', 'facebook', 'twitter', 'directory'];
  for (const key of keys) contact.https(key);
  const provenance = contact.record('provenance', `{ ${keys.map((k) => `"${k}": …`).join(', ')} }`);
  if (!provenance) return;
  contact.only(keys, 'provenance.', provenance);
  for (const key of keys) contact.provenance(`provenance.${key}`);
}

function checkRegions(c: Checker, list: unknown[]): Map<string, Json> {
  const byId = new Map<string, Json>();
  const servedBy = new Map<string, string>();
  list.forEach((value, i) => {
    const raw = value && typeof value === 'object' ? (value as Json).id : undefined;
    const where = typeof raw === 'string' && raw ? `region "${raw}"` : `regions[${i}]`;
    const r = c.record(where, `regions[${i}]`, value);
    if (!r) return;
    r.only(REGION_FIELDS);
    const id = r.text('id', false, ID, EXPECT.id);
    if (id && byId.has(id)) r.checker.add(where, `regions[${i}].id`, 'id', 'duplicate', id, 'an id no other region has');
    else if (id) byId.set(id, r.json);
    r.localized('name');
    r.provenance('provenance');
    const states = r.list('states', 60, 'a list of USPS codes such as ["TX", "OK"]');
    states.forEach((code, j) => {
      if (typeof code !== 'string' || !STATES.has(code)) return void r.checker.add(where, `regions[${i}].states[${j}]`, `states[${j}]`, 'format', code, EXPECT.state);
      const other = servedBy.get(code);
      if (other !== undefined) r.checker.add(where, `regions[${i}].states[${j}]`, `states[${j}]`, 'duplicate', code, `each state in one region only; ${code} is already served by region "${other}"`);
      else servedBy.set(code, id ?? where);
    });
    const own = r.get('stateProvenance');
    if (own !== undefined) {
      if (!own || typeof own !== 'object' || Array.isArray(own)) r.checker.add(where, `regions[${i}].stateProvenance`, 'stateProvenance', 'type', own, 'an object { "AS": { "confidence": … } }');
      else for (const code of Object.keys(own)) {
        if (!states.includes(code)) r.checker.add(where, `regions[${i}].stateProvenance.${code}`, `stateProvenance.${code}`, 'reference', code, `a code listed in this region's "states"`);
        else r.provenance(`stateProvenance.${code}`);
      }
    }
  });
  const uncovered = STATE_CODES.filter((code) => !servedBy.has(code));
  if (uncovered.length && list.length) {
    c.add('dataset', 'regions', 'regions', 'coverage', uncovered.join(' '), 'every state and territory CRS serves in one region; these are in none', true);
  }
  return byId;
}

function checkOffices(c: Checker, list: unknown[], regions: Map<string, Json>): void {
  const ids = new Set<string>();
  const hqs: string[] = [];
  list.forEach((value, i) => {
    const raw = value && typeof value === 'object' ? (value as Json).id : undefined;
    const where = typeof raw === 'string' && raw ? `office "${raw}"` : `offices[${i}]`;
    const o = c.record(where, `offices[${i}]`, value);
    if (!o) return;
    const at = (field: string) => `offices[${i}].${field}`;
    o.only(OFFICE_FIELDS, '', o.json, { confidence: 'provenance per fact (schema version 2): "provenance": { "location", "street", "phone", "email" }', source: 'provenance per fact (schema version 2)' });
    const id = o.text('id', false, ID, EXPECT.id);
    if (id && ids.has(id)) c.add(where, at('id'), 'id', 'duplicate', id, 'an id no other office has');
    if (id) ids.add(id);
    const kind = o.oneOf('kind', KINDS, EXPECT.kind);
    const region = o.get('region');
    if (kind === 'headquarters') {
      hqs.push(id ?? where);
      if (region !== null && region !== undefined) c.add(where, at('region'), 'region', 'format', region, 'null: headquarters belongs to no region');
      if (id && id !== 'hq') c.add(where, at('id'), 'id', 'format', id, '"hq": the headquarters office has the id "hq"');
    } else if (kind) {
      if (typeof region !== 'string' || !regions.has(region)) {
        c.add(where, at('region'), 'region', region === undefined ? 'missing' : 'reference', region, `the id of a region in "regions" (${[...regions.keys()].join(', ')})`, region !== undefined);
      }
    }
    o.localized('name');
    o.text('street', true);
    o.text('city');
    const state = o.get('state');
    if (typeof state !== 'string' || !STATES.has(state)) c.add(where, at('state'), 'state', state === undefined ? 'missing' : 'format', state, EXPECT.state, state !== undefined);
    else if (kind && kind !== 'headquarters' && typeof region === 'string') {
      const states = regions.get(region)?.states;
      if (Array.isArray(states) && !states.includes(state)) {
        c.add(where, at('state'), 'state', 'contradiction', state, `a state region "${region}" serves (${states.join(', ')}), or another region`);
      }
    }
    o.text('zip', true, ZIP, EXPECT.zip);
    o.phone('phone', true);
    o.email('email', true);
    o.number('lat', -90, 90, 'a latitude in degrees, -90 to 90 (the city centre is enough)');
    o.number('lon', -180, 180, 'a longitude in degrees, -180 to 180');
    o.status('status', true);
    const provenance = o.record('provenance', '{ "location": …, "street": …, "phone": …, "email": … }');
    if (provenance) {
      o.only(['location', 'street', 'phone', 'email'], 'provenance.', provenance);
      o.provenance('provenance.location');
      for (const fact of ['street', 'phone', 'email'] as const) {
        const present = o.get(fact) !== undefined;
        o.provenance(`provenance.${fact}`, !present);
        const confidence = o.get(`provenance.${fact}.confidence`);
        if (present && confidence !== 'confirmed' && confidence !== undefined && fact !== 'email') {
          c.warnings.push(`${where}, ${fact}: its confidence is ${show(confidence)}, so the widgets do not show it (display rule: only confirmed streets and phones are shown)`);
        }
        const year = Number(String(o.get(`provenance.${fact}.source.date`) ?? '').split('/').pop()!.slice(0, 4));
        if (present && year > 0 && c.now !== undefined && new Date(c.now).getUTCFullYear() - year > OLD_YEARS) {
          c.warnings.push(`${where}, ${fact}: its source is dated ${year}, more than ${OLD_YEARS} years ago; check that it is still answered before you publish it`);
        }
      }
    }
    if (kind === 'headquarters') {
      for (const fact of ['phone', 'email'] as const) {
        const value = o.get(fact);
        const confidence = o.get(`provenance.${fact}.confidence`);
        if (value === undefined) c.add(where, at(fact), fact, 'missing', undefined, `headquarters' ${fact}: every office without a confirmed ${fact} routes visitors to it`, false);
        else if (confidence !== undefined && confidence !== 'confirmed') c.add(where, at(`provenance.${fact}.confidence`), `provenance.${fact}.confidence`, 'contradiction', confidence, `"confirmed": visitors are routed to headquarters' ${fact}, so it must be confirmed`);
      }
    }
  });
  if (hqs.length === 0 && list.length) c.add('dataset', 'offices', 'offices', 'missing', undefined, 'one office with "id": "hq" and "kind": "headquarters"', false);
  if (hqs.length > 1) c.add('dataset', 'offices', 'offices', 'contradiction', hqs.join(', '), 'exactly one headquarters office (one headquarters contact)');
  // A region's missing office is only reported when every office's kind could be read (no cascade).
  const kindsRead = list.every((o) => o && typeof o === 'object' && KINDS.includes((o as Json).kind as string));
  for (const [id] of kindsRead ? regions : []) {
    const staffed = list.some((o) => o && typeof o === 'object' && (o as Json).kind === 'regional' && (o as Json).region === id);
    if (!staffed) c.add(`region "${id}"`, 'offices', 'offices', 'reference', undefined, `a regional office with "region": "${id}" in "offices"`, false);
  }
}

function check(input: unknown, now?: number): Checker {
  const c = new Checker(now);
  const root = c.record('dataset', '', input);
  if (!root) return c;
  const version = root.get('schemaVersion');
  if (version !== 2) {
    const expected = version === 1
      ? '2 — version 1 files are no longer read; docs/data-schema.md says what changed (provenance per fact, one headquarters contact, publisher)'
      : '2';
    c.add('dataset', 'schemaVersion', 'schemaVersion', version === undefined ? 'missing' : 'format', version, expected, version !== undefined);
    if (version === 1) return c;
  }
  root.only(ROOT_FIELDS, '', root.json, { sourcesDated: 'no "sourcesDated": the widgets compute the span from the dates of the sources' });
  const publisher = c.record('publisher', 'publisher', root.get('publisher'));
  if (publisher) {
    publisher.only(['name']);
    publisher.localized('name', false);
  }
  root.date('updated');
  const status = c.record('status', 'status', root.get('status') ?? {});
  if (root.get('status') === undefined) {
    c.warnings.push(`status: missing — the widgets show the status bundled with this release ("${BUNDLED_STATUS.state}", as of ${BUNDLED_STATUS.asOf}); add a "status" to say CRS's status yourself`);
  } else status?.status('', false);
  checkContact(c, root.get('contact'));
  const regions = checkRegions(c, root.list('regions', 60, 'a non-empty list of regions (at most 60)'));
  checkOffices(c, root.list('offices', 500, 'a non-empty list of offices (at most 500)'), regions);
  return c;
}

/**
 * Checks a dataset file. `options.now` (a time in ms) adds warnings about contact facts whose sources are
 * more than five years older than it (the CLI passes the current date).
 */
export function validateDataset(input: unknown, options: { now?: number } = {}): ValidationResult {
  let checker: Checker;
  try {
    checker = check(input, options.now);
  } catch {
    // Never expected; kept so that nothing a partner writes can throw into the page.
    checker = new Checker();
    checker.add('dataset', '', '', 'type', undefined, 'a dataset object', false);
  }
  const { problems, warnings } = checker;
  if (problems.length === 0) {
    const file = input as DatasetFile;
    // A file from before status existed never claims CRS works: it gets the status of this release.
    const data: Dataset = file.status ? (file as Dataset) : { ...file, status: BUNDLED_STATUS };
    return { ok: true, data, warnings };
  }
  return { ok: false, error: { path: problems[0].path, reason: problems[0].reason, problems }, problems };
}
