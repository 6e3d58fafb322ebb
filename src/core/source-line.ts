/**
 * The source line every widget shows under its facts: who compiled the data, the dates its sources
 * carry (only the dates they carry: nothing is claimed for undated sources) and a link to CRS's own
 * site. Partner data is credited to its publisher, never to CRS.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { newTabText, sourceText, translationNote } from './messages.js';
import { localeInfo } from './locale-table.js';
import type { Locale } from './locale-table.js';
import { pickText } from './data/texts.js';
import type { Dataset } from './data/types.js';
import { sourceYears } from './data/source-years.js';

export { sourceYears };
import { displayUrl, isolate, ltr, safeHref } from './links.js';

/**
 * The source line as a template: `<p class="source" part="source">${sourceLine(data, this.locale)}</p>`.
 * `onLink` runs when the visitor follows the link (the contact card reports it as an action).
 */
export function sourceLine(data: Dataset, locale: Locale, onLink?: () => void): TemplateResult {
  const publisher = isolate(pickText(data.publisher.name, locale));
  const years = sourceYears(data);
  const sentence = years
    ? sourceText.compiled(publisher, ltr(years))
    : sourceText.compiledUndated(publisher);
  const href = safeHref(data.contact.website);
  const link = href
    ? html`${sourceText.current()}
        <a href=${href} target="_blank" rel="noopener noreferrer" @click=${() => onLink?.()}
          ><span class="ltr">${displayUrl(href)}</span
          ><span class="sr-only"> ${newTabText()}</span></a
        >`
    : nothing;
  // Where the words are our translation, not CRS's, the widget says so (the services list says it on top).
  // (The space sits between expressions: the template minifier keeps those, not one at a template's start.)
  const ours = localeInfo(locale).translation === 'ours' ? translationNote() : nothing;
  return html`${sentence} ${link} ${ours}`;
}
