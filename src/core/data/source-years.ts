/**
 * The years a dataset's sources carry, kept apart as the sources are: dated ones (the 2003 flyer: a
 * year) and undated ones known only by their period (the brochure and regional pages: "about
 * 2016–2020"). Nothing is claimed for a source without a date. Pure: no DOM.
 */
import type { Provenance, Source } from './types.js';

interface WithProvenance {
  readonly contact: { readonly provenance: Readonly<Record<string, Provenance>> };
  readonly offices: readonly { readonly provenance: Readonly<Record<string, Provenance | undefined>> }[];
  readonly regions: readonly { readonly provenance: Provenance; readonly stateProvenance?: Readonly<Record<string, Provenance>> }[];
}

/** First and last year. */
export type YearRange = readonly [number, number];

export interface SourceYears {
  /** Years of sources that carry their own date. */
  readonly dated?: YearRange;
  /** Years of the periods of undated sources (`2016/2020`). */
  readonly about?: YearRange;
}

const year = (date: string) => Number(date.slice(0, 4));
const widen = (range: YearRange | undefined, from: number, to: number): YearRange =>
  range ? [Math.min(range[0], from), Math.max(range[1], to)] : [from, to];

/** The years of these sources; `{}` when none is dated. */
export function yearsOf(sources: readonly (Source | undefined)[]): SourceYears {
  let dated: YearRange | undefined;
  let about: YearRange | undefined;
  for (const date of sources.map((s) => s?.date ?? '')) {
    const [from, to] = date.split('/').map(year);
    if (!(from > 0)) continue;
    if (to > 0) about = widen(about, from, to);
    else dated = widen(dated, from, from);
  }
  return { dated, about };
}

/** Every source a dataset's facts name. */
export function sourceYears(data: WithProvenance): SourceYears {
  const all: (Provenance | undefined)[] = Object.values(data.contact.provenance);
  for (const office of data.offices) all.push(...Object.values(office.provenance));
  for (const region of data.regions) all.push(region.provenance, ...Object.values(region.stateProvenance ?? {}));
  return yearsOf(all.map((p) => p?.source));
}
