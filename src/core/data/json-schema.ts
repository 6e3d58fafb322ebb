/**
 * The JSON Schema file partners' editors read (`schema/crs-data.schema.json`), generated from the dataset's
 * one description (./schema.ts) by scripts/build/starter.mjs; `npm test` fails when the committed file is
 * stale. Build-time only: the widgets never import it. Patterns approximate what a JSON Schema can say; the
 * validator (`npx crs-widgets validate`) is the authority and says more (dates in order, phones that convert
 * to E.164, the rules across fields).
 */
import { ADDRESS, MAX_TEXT, UNSAFE_BMP } from './fields.js';
import type { Format, Node } from './schema-kit.js';
import { datasetFile } from './schema.js';
import { STATE_CODES } from './states.js';

type Json = Record<string, unknown>;
const DAY = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';

const FORMATS: Record<Format, Json> = {
  text: {
    type: 'string', minLength: 1, maxLength: MAX_TEXT, pattern: `^[^${UNSAFE_BMP}]+$`,
    description: 'No control, bidi-override or invisible characters (soft hyphen, zero-width space, fillers, tag characters), at most four combining marks in a row.',
  },
  id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,39}$' },
  date: { type: 'string', pattern: `^${DAY}(/${DAY})?$`, description: 'A date (2016-11-30), month (2003-09) or year (2024), or a span start/end (2016/2020) when only the period is known.' },
  asOf: { type: 'string', pattern: `^${DAY}$`, description: 'The date the status describes (2026-01-15, 2026-01 or 2026). A month or year counts as its last day; more than 12 months before the visitor’s date, the notice says the information may be out of date.' },
  https: { type: 'string', format: 'uri', pattern: '^https://', description: 'https: only; http: is refused, and so is a user name before the host.' },
  email: { type: 'string', maxLength: 254, pattern: ADDRESS.source, description: 'A bare address: no mailto:, no ?parameters, no % or consecutive dots.' },
  phone: { type: 'string', pattern: '^\\+?[0-9 ().\\-/\\u00a0]+$', description: 'Must convert to E.164: a U.S. number of 10 digits (202-305-2935, optionally with a leading 1) or + and 8–15 digits.' },
  zip: { type: 'string', pattern: '^\\d{5}(-\\d{4})?$' },
  state: { enum: [...STATE_CODES], description: 'A USPS code of a state, the District of Columbia or a territory.' },
  tag: { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
};

/** What the shape alone cannot say, by definition or path: descriptions and the dated-source rules. */
const EXTRA: Record<string, Json> = {
  publisher: { description: 'Who compiled this file. Every widget credits it in its source line (“Compiled by … from sources dated …”).' },
  status: { description: 'Whether CRS works, as of when, and from which sources. While it is not "operating" every widget shows a status notice before anything that invites a call, and the card and locator show help that does not depend on CRS. Absent: the status bundled with the release is shown.' },
  contact: { description: 'Links about CRS as a whole. Headquarters’ phone and email belong on the office "hq" only (one headquarters contact).' },
  regions: { description: 'Every one of the 56 codes appears in exactly one region; every region has a regional office.' },
  offices: { description: 'Exactly one office has "kind": "headquarters", with the id "hq" and a confirmed phone and email: every office without a confirmed phone routes visitors to it.' },
  'offices.region': { description: 'The id of the region the office belongs to (its state must be one the region serves); null for headquarters.' },
  'offices.lat': { description: 'Approximate; places the map pin only.' },
  'offices.status': { description: 'The office’s own status; absent: the dataset’s status applies.' },
  'offices.provenance': { description: 'One provenance per fact: location (the office, its city, state and region), street (with the ZIP), phone, email. Each is required when its fact is present.' },
  'regions.stateProvenance': { description: 'A state whose assignment has its own provenance, e.g. { "AS": { "confidence": "inferred" } }. Keys must be listed in "states".' },
  'status.sources': { items: { $ref: '#/$defs/source', required: ['date'], anyOf: [{ required: ['url'] }, { required: ['title'] }] } },
  source: { description: 'Where a fact comes from: a url or a title, and a date. kind names what it is (news reports, the plaintiffs’ litigation page…).' },
  provenance: {
    description: 'confirmed: a source of 2016 or later states it; old: only an outdated source does (kept, not shown); conflicting: sources disagree (kept, not shown); inferred: no source does (shown marked as inferred, where shown at all). A confirmed, old or conflicting fact needs a source with a date and a url or title.',
    if: { properties: { confidence: { enum: ['confirmed', 'old', 'conflicting'] } } },
    then: { required: ['source'], properties: { source: { required: ['date'], anyOf: [{ required: ['url'] }, { required: ['title'] }] } } },
  },
  localizedText: { description: 'One text, or one per locale tag ({ "en": "…", "es": "…" }).' },
};

/** The JSON Schema of a data file. */
export function jsonSchema(): Json {
  const defs: Json = {};
  const convert = (node: Node, path: string): Json => {
    if (node.name && defs[node.name] === undefined) {
      defs[node.name] = {};
      defs[node.name] = { ...shape({ ...node, name: undefined } as Node, path), ...EXTRA[node.name] };
    }
    const own = node.name ? { $ref: `#/$defs/${node.name}` } : shape(node, path);
    return { ...own, ...EXTRA[path] };
  };
  const shape = (node: Node, path: string): Json => {
    switch (node.t) {
      case 'str': {
        if (!defs[node.f]) defs[node.f] = FORMATS[node.f];
        return { $ref: `#/$defs/${node.f}` };
      }
      case 'enum': return node.v.length === 1 ? { const: node.v[0] } : { enum: node.v };
      case 'num': return { type: 'number', minimum: node.min, maximum: node.max };
      case 'null': return { type: 'null' };
      case 'list': return { type: 'array', minItems: 1, maxItems: node.max, items: convert(node.of, path) };
      case 'map': return { type: 'object', minProperties: 1, propertyNames: FORMATS[node.key].pattern ? { pattern: FORMATS[node.key].pattern } : { enum: FORMATS[node.key].enum }, additionalProperties: convert(node.of, path) };
      case 'or': return { anyOf: node.of.map((n) => convert(n, path)) };
      case 'obj': {
        const properties: Json = {};
        for (const [key, prop] of Object.entries(node.props)) properties[key] = convert(prop, path ? `${path}.${key}` : key);
        const required = Object.keys(node.props).filter((key) => !node.props[key].opt);
        return { type: 'object', required, additionalProperties: false, properties };
      }
    }
  };
  const root = shape(datasetFile, '');
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'crs-widgets/schema.json',
    title: 'CRS Widgets dataset, schema version 2',
    description: 'Partner data for the data-src attribute of every CRS widget (docs/data-schema.md in the package). Every fact carries its own provenance. The widgets validate the whole file in the page; one problem rejects the file and the bundled CRS data is shown. Check a file first with `npx crs-widgets validate file.json`, which checks more than this schema can say. Display rule: a street address or phone number is shown only when its provenance is "confirmed".',
    ...root,
    $defs: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))),
  };
}
