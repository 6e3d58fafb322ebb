/**
 * Run-time (and build-time) validation of a dataset, pure and DOM-free. It answers with the first
 * bad field's path so a partner's web team can fix their file: `offices[3].phone`.
 */
import { STATE_CODES } from './states.js';
import type { Dataset } from './types.js';

export type ValidationReason = 'missing' | 'type' | 'format' | 'reference' | 'duplicate' | 'coverage';
export interface ValidationError {
  readonly path: string;
  readonly reason: ValidationReason;
}
export type ValidationResult = { ok: true; data: Dataset } | { ok: false; error: ValidationError };

class Invalid extends Error {
  constructor(readonly path: string, readonly reason: ValidationReason) {
    super(`${path}: ${reason}`);
  }
}

type Json = Record<string, unknown>;
const MAX_TEXT = 500;
const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const PHONE = /^\+?[0-9][0-9 ().-]{6,20}$/;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i;
const STATES = new Set<string>(STATE_CODES);
const KINDS = ['headquarters', 'regional', 'field'];
const CONFIDENCES = ['confirmed', 'old', 'inferred'];

function object(value: unknown, path: string): Json {
  if (value === undefined || value === null) throw new Invalid(path, 'missing');
  if (typeof value !== 'object' || Array.isArray(value)) throw new Invalid(path, 'type');
  return value as Json;
}

function array(value: unknown, path: string, max = 500): unknown[] {
  if (value === undefined) throw new Invalid(path, 'missing');
  if (!Array.isArray(value) || value.length === 0 || value.length > max) throw new Invalid(path, 'type');
  return value;
}

function text(value: unknown, path: string, optional = false, pattern?: RegExp): string | undefined {
  if (value === undefined && optional) return undefined;
  if (value === undefined || value === null) throw new Invalid(path, 'missing');
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_TEXT) throw new Invalid(path, 'type');
  if (pattern && !pattern.test(value)) throw new Invalid(path, 'format');
  return value;
}

function oneOf(value: unknown, path: string, allowed: readonly string[]): void {
  text(value, path);
  if (!allowed.includes(value as string)) throw new Invalid(path, 'format');
}

function https(value: unknown, path: string, optional = false): void {
  if (text(value, path, optional) === undefined) return;
  let url: URL;
  try {
    url = new URL(value as string);
  } catch {
    throw new Invalid(path, 'format');
  }
  if (url.protocol !== 'https:') throw new Invalid(path, 'format');
}

function number(value: unknown, path: string, min: number, max: number): void {
  if (value === undefined) throw new Invalid(path, 'missing');
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Invalid(path, 'type');
  if (value < min || value > max) throw new Invalid(path, 'format');
}

function localized(value: unknown, path: string): void {
  if (value === undefined || typeof value === 'string') return void text(value, path, true);
  const map = object(value, path);
  const entries = Object.entries(map);
  if (entries.length === 0) throw new Invalid(path, 'type');
  for (const [tag, t] of entries) text(t, `${path}.${tag}`);
}

function source(value: unknown, path: string): void {
  const s = object(value, path);
  text(s.date, `${path}.date`, false, DATE);
  https(s.url, `${path}.url`, true);
  text(s.title, `${path}.title`, true);
}

function unique(ids: string[], path: string): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw new Invalid(`${path}[${i}].id`, 'duplicate');
    seen.add(id);
  });
}

function check(input: unknown): void {
  const root = object(input, '$');
  if (root.schemaVersion !== 1) throw new Invalid('schemaVersion', root.schemaVersion === undefined ? 'missing' : 'format');
  text(root.updated, 'updated', false, DATE);
  text(root.sourcesDated, 'sourcesDated');

  const contact = object(root.contact, 'contact');
  for (const key of ['website', 'facebook', 'twitter', 'directory']) https(contact[key], `contact.${key}`);
  text(contact.email, 'contact.email', false, EMAIL);
  text(contact.phone, 'contact.phone', false, PHONE);

  const regions = array(root.regions, 'regions', 60).map((r, i) => object(r, `regions[${i}]`));
  const servedBy = new Map<string, string>();
  regions.forEach((r, i) => {
    const path = `regions[${i}]`;
    text(r.id, `${path}.id`, false, ID);
    localized(r.name, `${path}.name`);
    oneOf(r.confidence, `${path}.confidence`, CONFIDENCES);
    source(r.source, `${path}.source`);
    array(r.states, `${path}.states`, 60).forEach((code, j) => {
      oneOf(code, `${path}.states[${j}]`, STATE_CODES);
      if (servedBy.has(code as string)) throw new Invalid(`${path}.states[${j}]`, 'duplicate');
      servedBy.set(code as string, r.id as string);
    });
  });
  unique(regions.map((r) => r.id as string), 'regions');
  const missingState = STATE_CODES.find((code) => !servedBy.has(code));
  if (missingState) throw new Invalid(`regions (${missingState})`, 'coverage');

  const regionIds = new Set(regions.map((r) => r.id as string));
  const offices = array(root.offices, 'offices').map((o, i) => object(o, `offices[${i}]`));
  offices.forEach((o, i) => {
    const path = `offices[${i}]`;
    text(o.id, `${path}.id`, false, ID);
    oneOf(o.kind, `${path}.kind`, KINDS);
    if (o.kind === 'headquarters' ? o.region !== null && o.region !== undefined : !regionIds.has(o.region as string)) {
      throw new Invalid(`${path}.region`, o.region === undefined ? 'missing' : 'reference');
    }
    localized(o.name, `${path}.name`);
    text(o.street, `${path}.street`, true);
    text(o.city, `${path}.city`);
    text(o.state, `${path}.state`);
    if (!STATES.has(o.state as string)) throw new Invalid(`${path}.state`, 'format');
    text(o.zip, `${path}.zip`, true, /^\d{5}(-\d{4})?$/);
    text(o.phone, `${path}.phone`, true, PHONE);
    text(o.email, `${path}.email`, true, EMAIL);
    number(o.lat, `${path}.lat`, -90, 90);
    number(o.lon, `${path}.lon`, -180, 180);
    const trust = object(o.confidence, `${path}.confidence`);
    oneOf(trust.address, `${path}.confidence.address`, CONFIDENCES);
    oneOf(trust.phone, `${path}.confidence.phone`, CONFIDENCES);
    source(o.source, `${path}.source`);
  });
  unique(offices.map((o) => o.id as string), 'offices');
  if (!offices.some((o) => o.id === 'hq' && o.kind === 'headquarters')) throw new Invalid('offices (hq)', 'missing');
  const unstaffed = regions.find((r) => !offices.some((o) => o.kind === 'regional' && o.region === r.id));
  if (unstaffed) throw new Invalid(`regions[${regions.indexOf(unstaffed)}] (${String(unstaffed.id)})`, 'reference');
}

export function validateDataset(input: unknown): ValidationResult {
  try {
    check(input);
    return { ok: true, data: input as Dataset };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: { path: e.path, reason: e.reason } };
    return { ok: false, error: { path: '$', reason: 'type' } };
  }
}
