/**
 * The dataset's types, inferred from its one description (./schema.ts), so the types, the validator and the
 * JSON Schema file cannot drift apart. Every fact carries its own provenance: how sure we are, and where it
 * comes from.
 */
import type { Infer } from './schema-kit.js';
import type { contact, datasetFile, localizedText, office, provenance, region, source, status } from './schema.js';

/** A text in one language, or one per locale tag (`{ "en": "…", "es": "…" }`). */
export type LocalizedText = Infer<typeof localizedText>;
/**
 * Where a fact comes from: `url` or `title` (a printed brochure), and `date` as far as it is known
 * (`2016-11-30`, `2003-09`, `2024`, or a span `2016/2020`). `kind` names it as what it is (a news report,
 * a page of the plaintiffs in a lawsuit, a government page).
 */
export type Source = Infer<typeof source>;
export type SourceKind = NonNullable<Source['kind']>;
/** One fact's provenance. A confirmed, old or conflicting fact names a dated source; an inferred one may name its basis. */
export type Provenance = Infer<typeof provenance>;
/**
 * confirmed: a source of 2016 or later states it; old: only an outdated source (CRS's 2003 flyer);
 * conflicting: sources disagree (two CRS pages print different numbers); inferred: no source.
 */
export type Confidence = Provenance['confidence'];
/**
 * Whether an organisation works (`operating`, `uncertain`: closed or cut back, its future open, `closed`),
 * as of when (`asOf`: a month or year counts as its last day), in one sentence per locale, from which sources.
 */
export type Status = Infer<typeof status>;
export type StatusState = Status['state'];
/**
 * An office. `region` is null for headquarters; `lat`/`lon` are approximate city centres for the map pin;
 * `status` absent: the dataset's applies. Provenance per fact: `location` covers the office's existence,
 * city, state and region; `street` covers street and ZIP; each is required when its fact is present.
 */
export type Office = Infer<typeof office>;
export type OfficeKind = Office['kind'];
/** A region: the USPS codes it serves, the provenance of each assignment (unless `stateProvenance` gives one its own). */
export type Region = Infer<typeof region>;
/** Links about CRS as a whole; headquarters' phone and email live on the `hq` office only (one headquarters contact). */
export type Contact = Infer<typeof contact>;
/**
 * The dataset as a file holds it: a file without `status` (written before status existed) gets the status
 * this release bundles, never an assumption that CRS works.
 */
export type DatasetFile = Infer<typeof datasetFile>;
/** Who compiled the dataset; every widget credits it in its source line. */
export type Publisher = DatasetFile['publisher'];
/** The dataset as the widgets read it: always with a status. */
export type Dataset = Omit<DatasetFile, 'status' | '$schema'> & { readonly status: Status };
