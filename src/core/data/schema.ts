/**
 * The dataset, schema version 2, described once (docs/data-schema.md). The TypeScript types (./types.ts),
 * the validator (./validate.ts, with the rules across fields in ./rules.ts), the JSON Schema file
 * (`schema/crs-data.schema.json`, generated from this by scripts/build/starter.mjs) and the CLI's wording all
 * come from here. Each string form's rule is a function in ./fields.ts that the widgets use too.
 */
import { isEmailAddress, isSafeText, parseUrl, toE164 } from './fields.js';
import { type Format, list, mapOf, named, nil, num, obj, oneOf, opt, or, str } from './schema-kit.js';
import { STATE_CODES } from './states.js';

const DAY = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const STATES = new Set<string>(STATE_CODES);

/** Each string form's rule: the validator accepts a value exactly when the widgets can show it. */
export const FORMATS: Record<Format, (s: string) => boolean> = {
  text: isSafeText,
  id: (s) => /^[a-z0-9][a-z0-9-]{0,39}$/.test(s),
  // A day, month or year, or a span `2016/2020` (in order) when only the period is known.
  date: (s) => {
    const [from, to, ...rest] = s.split('/');
    return rest.length === 0 && DAY.test(from) && (to === undefined || (DAY.test(to) && from <= to));
  },
  asOf: (s) => DAY.test(s),
  https: (s) => parseUrl(s) !== undefined,
  email: isEmailAddress,
  phone: (s) => toE164(s) !== undefined,
  zip: (s) => /^\d{5}(-\d{4})?$/.test(s),
  state: (s) => STATES.has(s),
  tag: (s) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(s),
};

export const CONFIDENCES = ['confirmed', 'old', 'conflicting', 'inferred'] as const;
export const STATUS_STATES = ['operating', 'uncertain', 'closed'] as const;

/** A text in one language, or one per locale tag (`{ "en": "…", "es": "…" }`). */
export const localizedText = named('localizedText', or(str('text'), mapOf('tag', str('text'))));

/** Where a fact comes from: an address or a title (a printed brochure), and the date it was published. */
export const source = named('source', obj({
  kind: opt(oneOf(['government', 'news', 'litigation', 'other'])),
  url: opt(str('https')),
  title: opt(str('text')),
  date: opt(str('date')),
}));

/** How sure a fact is, and its source (dated, unless the fact is inferred: ./rules.ts). */
export const provenance = named('provenance', obj({ confidence: oneOf(CONFIDENCES), source: opt(source) }));

/** Whether an organisation works, as of when (a month or year counts as its last day), and from which sources. */
export const status = named('status', obj({
  state: oneOf(STATUS_STATES),
  asOf: str('asOf'),
  summary: opt(localizedText),
  sources: list(source, 20),
}));

export const office = obj({
  id: str('id'),
  kind: oneOf(['headquarters', 'regional', 'field']),
  region: or(str('id'), nil),
  name: opt(localizedText),
  street: opt(str('text')),
  city: str('text'),
  state: str('state'),
  zip: opt(str('zip')),
  phone: opt(str('phone')),
  email: opt(str('email')),
  lat: num(-90, 90),
  lon: num(-180, 180),
  status: opt(status),
  provenance: obj({ location: provenance, street: opt(provenance), phone: opt(provenance), email: opt(provenance) }),
}, { confidence: 'per-fact', source: 'per-fact' });

export const region = obj({
  id: str('id'),
  name: opt(localizedText),
  states: list(str('state'), 60),
  provenance,
  stateProvenance: opt(mapOf('state', provenance)),
});

export const contact = obj({
  website: str('https'),
  facebook: str('https'),
  twitter: str('https'),
  directory: str('https'),
  provenance: obj({ website: provenance, facebook: provenance, twitter: provenance, directory: provenance }),
}, { phone: 'one-hq', email: 'one-hq' });

export const datasetFile = obj({
  $schema: opt(str('text')),
  schemaVersion: oneOf([2]),
  publisher: obj({ name: localizedText }),
  updated: str('date'),
  status: opt(status),
  contact,
  regions: list(region, 60),
  offices: list(office, 500),
}, { sourcesDated: 'sources-dated' });
