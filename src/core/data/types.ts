/** The dataset shape (SPEC §6); `schema/crs-data.schema.json` documents the same shape for partners. */

/** confirmed: a CRS page or the brochure states it; old: only a 2003 flyer; inferred: no source. */
export type Confidence = 'confirmed' | 'old' | 'inferred';
export type OfficeKind = 'headquarters' | 'regional' | 'field';

/** A text in one language, or one per locale tag (`{ "en": "…", "es": "…" }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

export interface Source {
  readonly url?: string;
  /** What the source is when it has no address of its own (the printed brochure). */
  readonly title?: string;
  /** ISO 8601 date or year of the source (`2016`, `2003-09`, `2016-11-30`). */
  readonly date: string;
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
  /** Approximate city-centre coordinates for the map pin. */
  readonly lat: number;
  readonly lon: number;
  /** The display rule reads these: a street or phone is shown only when confirmed. */
  readonly confidence: { readonly address: Confidence; readonly phone: Confidence };
  readonly source: Source;
}

export interface Region {
  readonly id: string;
  readonly name?: LocalizedText;
  /** USPS codes of the states and territories the region serves. */
  readonly states: readonly string[];
  readonly confidence: Confidence;
  readonly source: Source;
}

export interface Contact {
  readonly website: string;
  readonly facebook: string;
  readonly twitter: string;
  readonly email: string;
  readonly phone: string;
  /** The current CRS office directory, linked from every widget. */
  readonly directory: string;
}

export interface Dataset {
  readonly schemaVersion: 1;
  /** When the data was compiled (ISO date). */
  readonly updated: string;
  /** The span of its sources' dates, shown to visitors ("2016–2021"). */
  readonly sourcesDated: string;
  readonly contact: Contact;
  readonly offices: readonly Office[];
  readonly regions: readonly Region[];
}
