/**
 * The dataset shape, schema version 2 (docs/data-schema.md); `schema/crs-data.schema.json` describes
 * the same shape for partners. Every fact carries its own provenance: how sure we are, and where it
 * comes from.
 */

/**
 * confirmed: a source of 2016 or later states it; old: only an outdated source (CRS's 2003 flyer);
 * conflicting: sources disagree (two CRS pages print different numbers); inferred: no source.
 */
export type Confidence = 'confirmed' | 'old' | 'conflicting' | 'inferred';
export type OfficeKind = 'headquarters' | 'regional' | 'field';

/** A text in one language, or one per locale tag (`{ "en": "…", "es": "…" }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

export interface Source {
  /**
   * What kind of source it is, so the widgets can name it as what it is: a news report, a page of the
   * plaintiffs in a lawsuit, a government page. Optional; used by status sources.
   */
  readonly kind?: SourceKind;
  readonly url?: string;
  /** What the source is when it has no address of its own (the printed brochure). */
  readonly title?: string;
  /**
   * When the source was published, as far as it is known: `2016-11-30`, `2003-09`, `2024`, or a span
   * `2016/2020` when only the period is known. Absent when nothing dates it.
   */
  readonly date?: string;
}

export type SourceKind = 'government' | 'news' | 'litigation' | 'other';

/**
 * Whether an organisation works, as a dated fact: `operating`, `uncertain` (closed or cut back, its future
 * open) or `closed`. While it is not `operating` every widget says so before anything that invites a call.
 */
export type StatusState = 'operating' | 'uncertain' | 'closed';

export interface Status {
  readonly state: StatusState;
  /** The date the status describes: `2026-01`, `2025-10-31` or `2026` (a month or year counts as its last day). */
  readonly asOf: string;
  /** One short sentence saying what happened, per locale. Without it the widgets say the state in general words. */
  readonly summary?: LocalizedText;
  /** Where the status comes from, named as what they are (news reports, a litigation page…). */
  readonly sources: readonly Source[];
}

/** Where one fact comes from. A confirmed or old fact names a dated source; an inferred one may name its basis. */
export interface Provenance {
  readonly confidence: Confidence;
  readonly source?: Source;
}

export interface Office {
  readonly id: string;
  readonly kind: OfficeKind;
  /** Region the office belongs to; null for headquarters. */
  readonly region: string | null;
  /** Partner data may name an office; the bundled data uses the translated built-in names. */
  readonly name?: LocalizedText;
  readonly street?: string;
  readonly city: string;
  /** USPS code of the office's state. */
  readonly state: string;
  readonly zip?: string;
  readonly phone?: string;
  readonly email?: string;
  /** Approximate city-centre coordinates for the map pin (not shown as text). */
  readonly lat: number;
  readonly lon: number;
  /** The office's own status (the bundled offices all closed in 2025); absent: the dataset's status applies. */
  readonly status?: Status;
  /**
   * One provenance per fact: `location` covers the office's existence, city, state and region; `street`
   * covers street and ZIP. Each is required when its fact is present.
   */
  readonly provenance: {
    readonly location: Provenance;
    readonly street?: Provenance;
    readonly phone?: Provenance;
    readonly email?: Provenance;
  };
}

export interface Region {
  readonly id: string;
  readonly name?: LocalizedText;
  /** USPS codes of the states and territories the region serves. */
  readonly states: readonly string[];
  /** Provenance of the assignment of each listed state to this region… */
  readonly provenance: Provenance;
  /** …unless a state has its own (American Samoa in the West region is inferred, the rest confirmed). */
  readonly stateProvenance?: Readonly<Record<string, Provenance>>;
}

/**
 * Links about CRS as a whole. Headquarters' phone and email live on the `hq` office only: one
 * headquarters contact, so two numbers can never disagree.
 */
export interface Contact {
  readonly website: string;
  readonly facebook: string;
  readonly twitter: string;
  /** The CRS office directory, linked from the services list. */
  readonly directory: string;
  readonly provenance: {
    readonly website: Provenance;
    readonly facebook: Provenance;
    readonly twitter: Provenance;
    readonly directory: Provenance;
  };
}

/** Who compiled the dataset; every widget credits it in its source line. */
export interface Publisher {
  readonly name: LocalizedText;
  readonly url?: string;
}

export interface Dataset {
  readonly schemaVersion: 2;
  readonly publisher: Publisher;
  /** Whether CRS works, as of when, and from which sources: every widget shows it while it is not `operating`. */
  readonly status: Status;
  /** When the data was compiled (ISO date). */
  readonly updated: string;
  readonly contact: Contact;
  readonly offices: readonly Office[];
  readonly regions: readonly Region[];
}

/**
 * The dataset as a file holds it: a file without `status` (written before status existed) gets the status
 * this release bundles, never an assumption that CRS works.
 */
export type DatasetFile = Omit<Dataset, 'status'> & { readonly status?: Status };
