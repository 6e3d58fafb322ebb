/**
 * The status notice every widget shows while CRS's status is not `operating`: what happened and when,
 * that the contacts (or services) below are as CRS listed them and may not be answered, where to check,
 * and — folded, so a phone still shows the widget on its first screen — more facts and the sources,
 * named as what they are. Calm: a note, not an alert. Templates of facts, worded at render time.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, Source, Status } from '../data/types.js';
import { pickText } from '../data/texts.js';
import { BUNDLED_STATUS, isOperating, isStale } from '../data/status.js';
import type { SourceYears } from '../data/source-years.js';
import { displayUrl, ltr, safeHref } from '../safety/links.js';
import { dataField } from '../safety/bidi.js';
import { externalLink } from '../safety/external-link.js';
import { clock } from './clock.js';
import { withParts } from '../i18n/slots.js';
import { gap, parens } from '../i18n/typography.js';
import { formatDate, yearSpan } from './dates.js';
import { statusText as t, yearsText } from './messages.js';

/** A status is the bundled one while its state, date and English summary are unchanged: then its words are translated. */
const isBundled = (s: Status): boolean =>
  s.state === BUNDLED_STATUS.state &&
  s.asOf === BUNDLED_STATUS.asOf &&
  (!s.summary || pickText(s.summary, 'en') === pickText(BUNDLED_STATUS.summary!, 'en'));

/** "2003 and about 2016–2020" in the widget's language; '' when nothing is dated. */
export function yearsWords(years: SourceYears): string {
  const span = (r?: readonly [number, number]) => (r ? yearSpan(r[0], r[1]) : undefined);
  return yearsText(span(years.dated), span(years.about));
}

/** A source's date as written in the widget's language: "April 6, 2025", or "about 2023–2024" for a period. */
export function sourceDate(date: string | undefined, locale: string): string {
  if (!date) return '';
  const [from, to] = date.split('/');
  return to ? yearsText(undefined, yearSpan(Number(from.slice(0, 4)), Number(to.slice(0, 4)))) : ltrDate(formatDate(from, locale));
}

const ltrDate = (text: string) => (/^[\d\s./-]+$/.test(text) ? ltr(text) : text);

function renderSource(source: Source, locale: string): TemplateResult {
  const title = source.title ?? displayUrl(safeHref(source.url) ?? '');
  const date = sourceDate(source.date, locale);
  const name = source.url ? externalLink(source.url, dataField(title)) : dataField(title);
  return html`<li>${t.sourceLabel(t.sourceKind(source.kind))}${name}${date ? html`${gap(locale)}${parens(locale, date)}` : nothing}</li>`;
}

export interface NoticeOptions {
  /** What the widget invites: contacts (card, locator) or services (services list). */
  about: 'contacts' | 'services';
  /** The years of the contacts shown below, for "listed by CRS (about 2016–2020)". */
  contactYears?: SourceYears;
}

/** What happened, in the widget's language: the bundled summary's translation, a partner's own, or general words. */
export function statusSummary(status: Status, locale: string): string {
  if (isBundled(status)) return t.bundled();
  return status.summary ? pickText(status.summary, locale) : t.general(status.state);
}

/** The notice, or nothing while the status is `operating`. */
export function statusNotice(data: Dataset, locale: string, options: NoticeOptions): TemplateResult | typeof nothing {
  const status = data.status;
  if (isOperating(status)) return nothing;
  const bundled = isBundled(status);
  const summary = statusSummary(status, locale);
  const asOf = formatDate(status.asOf, locale);
  const years = options.contactYears ? yearsWords(options.contactYears) : '';
  const below = options.about === 'services' ? t.services() : years ? t.contacts(years) : t.contactsUndated();
  const website = safeHref(data.contact.website);
  return html`<div class="status-notice" part="status-notice">
    <p class="status-lead"><strong>${bundled ? summary : dataField(summary)}</strong>${gap(locale)}${t.asOf(asOf)}</p>
    <p>${below}${website ? html`${gap(locale)}${withParts(t.check, [externalLink(website, html`<span class="ltr">${displayUrl(website)}</span>`)])}` : nothing}</p>
    ${isStale(status.asOf, clock.now()) ? html`<p class="status-stale">${t.stale(asOf)}</p>` : nothing}
    <details class="status-more">
      <summary>${t.more()}</summary>
      ${bundled ? html`<p>${t.bundledMore()}</p>` : nothing}
      <p>${t.sourcesIntro()}</p>
      <ul class="status-sources">${status.sources.map((s) => renderSource(s, locale))}</ul>
    </details>
  </div>`;
}
