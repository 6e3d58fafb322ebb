/**
 * Provenance on screen: a fact no current source confirms carries plain words saying so, wherever it is
 * shown — inferred (no source), old (only an old source, with its year) or conflicting (sources disagree).
 * The words are produced at render time, in the widget's language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { factWords } from '../i18n/messages.js';
import { renderingLocale } from '../i18n/locale-registry.js';
import { gap } from '../i18n/typography.js';
import type { Provenance, Region } from '../data/types.js';

/** The provenance of a state's assignment to its region: the state's own, else the region's. */
export const assignmentProvenance = (region: Region, code: string): Provenance =>
  region.stateProvenance?.[code] ?? region.provenance;

/** The words after a fact that is not confirmed, as text (for labels and sentences); '' when confirmed. */
export function markWords(provenance: Provenance | undefined): string {
  switch (provenance?.confidence) {
    case 'inferred': return factWords.inferred();
    case 'old': return factWords.old(provenance.source?.date?.slice(0, 4) ?? '');
    case 'conflicting': return factWords.conflicting();
    default: return '';
  }
}

/**
 * `text` followed by its mark, if any: a space between them, none in Chinese, whose mark opens with a
 * full-width parenthesis (call while rendering: the widget's language decides).
 */
export function withMark(text: string, provenance: Provenance | undefined): string {
  const mark = markWords(provenance);
  return mark ? `${text}${gap(renderingLocale())}${mark}` : text;
}

/** ` (inferred: …)` after a fact that no current source confirms; nothing otherwise. */
export function factMark(provenance: Provenance | undefined): TemplateResult | typeof nothing {
  const words = markWords(provenance);
  // A value, not template text: the build's template minifier drops a literal space at a template's start.
  return words ? html`${gap(renderingLocale())}<span class="inferred">${words}</span>` : nothing;
}
