/**
 * Provenance on screen: which facts are inferred (no source confirms them) and how to say so.
 * The words are produced at render time, in the widget's language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { inferredWords } from './messages.js';
import type { Provenance, Region } from './data/types.js';

export const isInferred = (provenance: Provenance | undefined): boolean => provenance?.confidence === 'inferred';

/** The provenance of a state's assignment to its region: the state's own, else the region's. */
export const assignmentProvenance = (region: Region, code: string): Provenance =>
  region.stateProvenance?.[code] ?? region.provenance;

export { inferredWords };

/** A value, not template text: the build's template minifier drops a literal space at a template's start. */
const SPACE = ' ';

/** ` (inferred: …)` after a fact whose provenance is inferred; nothing otherwise. */
export function inferredMark(provenance: Provenance | undefined): TemplateResult | typeof nothing {
  return isInferred(provenance) ? html`${SPACE}<span class="inferred">${inferredWords()}</span>` : nothing;
}
