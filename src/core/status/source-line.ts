/**
 * The source line every widget shows under its facts: who compiled the data, the dates its sources
 * carry (only the dates they carry: nothing is claimed for undated sources) and a link to CRS's own
 * site. Partner data is credited to its publisher, never to CRS.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { sourceText, translationNote } from '../i18n/messages.js';
import { localeInfo } from '../i18n/locale-table.js';
import type { Locale } from '../i18n/locale-table.js';
import { pickText } from '../data/texts.js';
import type { Dataset } from '../data/types.js';
import { sourceYears } from '../data/source-years.js';
import { yearsWords } from './notice.js';
import { displayUrl, isolate, safeHref } from '../safety/links.js';
import { externalLink } from '../safety/external-link.js';
import { fullStop, gap } from '../i18n/typography.js';

/**
 * The source line as a template: `<p class="source" part="source">${sourceLine(data, this.locale)}</p>`.
 * `onLink` runs when the visitor follows the link (the contact card reports it as an action).
 */
export function sourceLine(data: Dataset, locale: Locale, onLink?: () => void): TemplateResult {
  const publisher = isolate(pickText(data.publisher.name, locale));
  const years = yearsWords(sourceYears(data));
  const sentence = years ? sourceText.compiled(publisher, years) : sourceText.compiledUndated(publisher);
  const href = safeHref(data.contact.website);
  const between = gap(locale);
  const link = href
    ? html`${sourceText.current()}${between}${externalLink(href, html`<span class="ltr">${displayUrl(href)}</span>`, onLink)}${fullStop(locale)}`
    : nothing;
  // Where the words are our translation, not CRS's, the widget says so (the services list says it on top).
  // Only the services list follows the official brochure in zh-Hans: every other text there is ours too.
  const ours = localeInfo(locale).translation !== 'source' ? translationNote() : nothing;
  return html`${sentence}${between}${link}${ours === nothing ? nothing : between}${ours}`;
}
