/**
 * The validator's problems in words, for `npx crs-widgets validate` and build scripts (not imported by the
 * widgets, so the page bundle carries none of this text): where (office or region), the field, the bad
 * value and the expected form, derived from the schema's description of the field (./schema.ts) or from
 * the rule's name (./rules.ts); and the warnings that do not reject a file. Every part a file supplies
 * (ids, keys, values) is escaped and shortened, so a hostile file cannot act on the terminal.
 */
import { MAX_TEXT, visible } from './fields.js';
import { type Format, type Node, nodeAt } from './schema-kit.js';
import { datasetFile } from './schema.js';
import { placeOf, show, type ValidationProblem } from './validate.js';
import { BUNDLED_STATUS } from './status.js';

/** A contact fact whose source is older than this is flagged: it may no longer be answered. */
export const OLD_YEARS = 5;

export interface DescribedProblem extends ValidationProblem {
  /** `office "houston"`, `region "west"`, `contact`, `publisher`, `status` or `dataset`. */
  readonly where: string;
  /** The field inside it: `phone`, `provenance.street.source.date`. */
  readonly field: string;
  /** The form the field must take, in English for the partner's developers. */
  readonly expected: string;
}

const FORMS: Record<Format, string> = {
  text: `a non-empty text of at most ${MAX_TEXT} characters, without control, bidi-override or invisible characters, and at most four combining marks in a row`,
  id: 'a lowercase id of letters, digits and hyphens (such as "houston")',
  date: 'a date such as "2016-11-30", "2003-09" or "2024", or a span such as "2016/2020"',
  asOf: 'the date the status describes: "2026-01-15", "2026-01" or "2026" (not a span)',
  https: 'an address starting with https:// (such as "https://www.justice.gov/crs")',
  email: 'a bare email address such as "askcrs@usdoj.gov", without "mailto:" or "?" parameters',
  phone: 'a phone number that converts to E.164: a U.S. number of 10 digits ("202-305-2935") or + and 8–15 digits ("+1 202 305 2935")',
  zip: 'a ZIP code of 5 digits, or ZIP+4 ("77002" or "77002-1234")',
  state: 'a USPS code of a state or territory (such as "TX"; see docs/data-schema.md)',
  tag: 'a language tag such as "en", "es" or "zh-Hans"',
};

const ONE_HQ = 'headquarters’ phone and email only on the office "hq" (one headquarters contact, so two numbers can never disagree)';

/** The expected form of a field, from its description in the schema. */
function form(node: Node | undefined): string {
  if (!node) return 'a field of the schema (docs/data-schema.md)';
  switch (node.t) {
    case 'str': return FORMS[node.f];
    case 'enum': return node.v.length === 1 ? JSON.stringify(node.v[0]) : `one of ${node.v.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'num': return `a number from ${node.min} to ${node.max}`;
    case 'null': return 'null';
    case 'list': return `a non-empty list of at most ${node.max} entries, each ${form(node.of)}`;
    case 'map': return `an object of such values by ${node.key === 'tag' ? 'language tag ({ "en": "…", "es": "…" })' : 'state code ({ "AS": … })'}: ${form(node.of)}`;
    case 'or': return node.of.map(form).join(', or ');
    case 'obj': return `an object { ${Object.keys(node.props).map((k) => `"${k}"${node.props[k].opt ? '?' : ''}: …`).join(', ')} }`;
  }
}

type Json = Record<string, unknown>;
const valueAt = (input: unknown, path: string): unknown =>
  (path.match(/[^.[\]]+/g) ?? []).reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Json)[key] : undefined), input);

function httpsForm(raw: unknown): string {
  let url: URL | undefined;
  try {
    url = new URL(String(raw));
  } catch {
    return FORMS.https;
  }
  if (url.protocol === 'http:') return `${FORMS.https}; http: is not accepted, only https:`;
  if (url.username || url.password) return `${FORMS.https}, without a user name or password before the host`;
  return FORMS.https;
}

/** The expected form of a rule across fields (./rules.ts), by its name. */
function ruleForm(p: ValidationProblem, input: unknown): string {
  const parent = p.path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  const regions = (valueAt(input, 'regions') as Json[] | undefined) ?? [];
  const office = valueAt(input, parent.replace(/^(offices\[\d+\]).*/, '$1')) as Json | undefined;
  const fact = /(phone|email)/.exec(p.path)?.[1] ?? '';
  switch (p.rule) {
    case 'version-1': return '2 — version 1 files are no longer read; docs/data-schema.md says what changed (provenance per fact, one headquarters contact, publisher)';
    case 'per-fact': return 'provenance per fact (schema version 2): "provenance": { "location", "street", "phone", "email" }';
    case 'sources-dated': return 'no "sourcesDated": the widgets compute the span from the dates of the sources';
    case 'one-hq':
      if (p.path.startsWith('contact')) return ONE_HQ;
      return p.reason === 'missing' ? 'one office with "id": "hq" and "kind": "headquarters"' : 'exactly one headquarters office (one headquarters contact)';
    case 'source-named': return 'a source with "url" (https) or "title"';
    case 'source-dated': return `a source with a "date" (${FORMS.date}): a confirmed, old or conflicting fact, and every status source, is dated`;
    case 'unique-id': return `an id no other ${p.path.startsWith('offices') ? 'office' : 'region'} has`;
    case 'state-twice': {
      const code = valueAt(input, p.path);
      const other = regions.find((r) => Array.isArray(r?.states) && r.states.includes(code));
      return `each state in one region only; ${show(code)} is already served by region ${show(other?.id)}`;
    }
    case 'state-listed': return 'a code listed in this region’s "states"';
    case 'coverage': return 'every state and territory in one region; these are in none';
    case 'hq-region': return 'null: headquarters belongs to no region';
    case 'hq-id': return '"hq": the headquarters office has the id "hq"';
    case 'region-known': return `the id of a region in "regions" (${regions.map((r) => show(r?.id)).join(', ')})`;
    case 'region-serves': {
      const region = regions.find((r) => r?.id === office?.region);
      return `a state region ${show(office?.region)} serves (${show(region?.states)}), or another region`;
    }
    case 'fact-provenance': return 'a provenance for this fact: { "confidence": …, "source": … }';
    case 'hq-contact': return `headquarters’ ${fact}: every office without a confirmed ${fact} routes visitors to it`;
    case 'hq-confirmed': return `"confirmed": visitors are routed to headquarters’ ${fact}, so it must be confirmed`;
    case 'regional-office': return `a regional office with "region": ${show(valueAt(input, `${p.path}.id`))} in "offices"`;
    default: return p.rule?.startsWith('key-') ? `a key that is ${FORMS[p.rule.slice(4) as Format]}` : 'see docs/data-schema.md';
  }
}

/** One problem in words: where, the field, the bad value and the expected form. */
export function describe(p: ValidationProblem, input: unknown): DescribedProblem {
  const { where, field } = placeOf(p.path, input);
  let expected: string;
  if (p.rule) expected = ruleForm(p, input);
  else if (p.reason === 'unknown') {
    const parent = nodeAt(datasetFile, p.path.includes('.') ? p.path.slice(0, p.path.lastIndexOf('.')) : '');
    const known = parent?.t === 'obj' ? Object.keys(parent.props).join(', ') : '';
    expected = `no field ${show(p.path.split('.').pop())} here (known fields: ${known})`;
  } else {
    const node = nodeAt(datasetFile, p.path);
    expected = node?.t === 'str' && node.f === 'https' ? httpsForm(valueAt(input, p.path)) : form(node);
  }
  const name = visible(field ? `${where}, ${field}` : where, 120);
  const got = p.value === undefined ? 'is missing' : `is ${p.value}`;
  return { ...p, where, field: visible(field, 120), expected, message: `${name}: ${got} — expected ${expected}` };
}

/** Every problem of a result, in words. */
export const describeProblems = (problems: readonly ValidationProblem[], input: unknown): DescribedProblem[] =>
  problems.map((p) => describe(p, input));

/**
 * What is valid but worth knowing before publishing: a file without status (the bundled status is shown),
 * streets and phones the display rule hides, and, given `now`, contact facts whose source is older than
 * five years.
 */
export function warningsFor(input: unknown, now?: number): string[] {
  const file = input as Json;
  const warnings: string[] = [];
  if (file.status === undefined) {
    warnings.push(`status: missing — the widgets show the status bundled with this release ("${BUNDLED_STATUS.state}", as of ${BUNDLED_STATUS.asOf}); add a "status" to say CRS's status yourself`);
  }
  ((file.offices as Json[]) ?? []).forEach((office, i) => {
    const { where } = placeOf(`offices[${i}]`, input);
    for (const fact of ['street', 'phone', 'email']) {
      if (office[fact] === undefined) continue;
      const confidence = valueAt(office, `provenance.${fact}.confidence`);
      if (fact !== 'email' && confidence !== 'confirmed') {
        warnings.push(`${where}, ${fact}: its confidence is ${show(confidence)}, so the widgets do not show it (display rule: only confirmed streets and phones are shown)`);
      }
      const year = Number(String(valueAt(office, `provenance.${fact}.source.date`) ?? '').split('/').pop()!.slice(0, 4));
      if (year > 0 && now !== undefined && new Date(now).getUTCFullYear() - year > OLD_YEARS) {
        warnings.push(`${where}, ${fact}: its source is dated ${year}, more than ${OLD_YEARS} years ago; check that it is still answered before you publish it`);
      }
    }
  });
  return warnings;
}
