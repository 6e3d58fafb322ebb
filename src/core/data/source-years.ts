/** The span of years a dataset's sources are dated. Pure: no DOM. */
import type { Provenance } from './types.js';

interface WithProvenance {
  readonly contact: { readonly provenance: Readonly<Record<string, Provenance>> };
  readonly offices: readonly { readonly provenance: Readonly<Record<string, Provenance | undefined>> }[];
  readonly regions: readonly { readonly provenance: Provenance; readonly stateProvenance?: Readonly<Record<string, Provenance>> }[];
}

/** "2003–2020", "2024", or undefined when no source is dated: only the dates the sources carry. */
export function sourceYears(data: WithProvenance): string | undefined {
  const all: (Provenance | undefined)[] = Object.values(data.contact.provenance);
  for (const office of data.offices) all.push(...Object.values(office.provenance));
  for (const region of data.regions) all.push(region.provenance, ...Object.values(region.stateProvenance ?? {}));
  const years = all
    .flatMap((p) => (p?.source?.date ?? '').split('/'))
    .map((date) => Number(date.slice(0, 4)))
    .filter((year) => year > 0);
  if (years.length === 0) return undefined;
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}
