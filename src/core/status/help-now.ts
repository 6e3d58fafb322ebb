/**
 * "Help now": 911, the FBI for hate crimes and the Civil Rights Division's portal, each with its source
 * and date, shown by the card and the locator while CRS's status is not `operating` (or always, or never,
 * as the partner's `help` attribute says). Links obey the widgets' rules: https in a new tab, tel: in E.164.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { HELP, type HelpId } from './help.js';
import { externalLink } from '../safety/external-link.js';
import { displayUrl, ltr } from '../safety/links.js';
import { isOperating } from '../data/status.js';
import type { Status } from '../data/types.js';
import { sourceDate } from './notice.js';
import { withParts } from '../i18n/slots.js';
import { gap } from '../i18n/typography.js';
import { helpText as t, statusText } from './messages.js';

export const HELP_MODES = ['auto', 'always', 'never'] as const;
export type HelpMode = (typeof HELP_MODES)[number];

/** Whether help shows: `auto` while the status is not operating. An unknown mode counts as `auto`. */
export const showsHelp = (mode: string | null | undefined, status: Status): boolean =>
  mode === 'always' || (mode !== 'never' && !isOperating(status));

export type HelpAction = (action: 'call' | 'website', what: HelpId) => void;

export function helpNow(locale: string, level: number, onAction: HelpAction): TemplateResult {
  const { emergency, fbi, portal } = HELP;
  const portalNote = portal.languages.includes(locale.split('-')[0]) ? nothing : html`${gap(locale)}${t.portalLanguages()}`;
  const link = (href: string, what: HelpId) =>
    externalLink(href, html`<span class="ltr">${displayUrl(href)}</span>`, () => onAction('website', what));
  // Each item's source and date, folded: on a phone the help and the widget both fit the first screen.
  const sources: [string, string, string | undefined][] = [
    [emergency.number, t.doj(), emergency.source.date],
    [`${fbi.vanity}, ${displayUrl(fbi.web)}`, t.fbiGuides(), fbi.source.date],
    [displayUrl(portal.web), t.doj(), portal.source.date],
  ];
  return html`<section class="help" part="help">
    <div class="help-heading" role="heading" aria-level=${Math.min(level, 6)}>${t.heading()}</div>
    <ul>
      <li><strong>${t.emergency()}</strong></li>
      <li>
        ${withParts(t.fbi, [
          html`<a href="tel:${fbi.phone}" @click=${() => onAction('call', 'fbi')}>${ltr(fbi.vanity)}</a>`,
          ltr(fbi.display),
          link(fbi.web, 'fbi'),
        ])}
      </li>
      <li>${withParts(t.portal, [link(portal.web, 'civil-rights')])}${portalNote}</li>
    </ul>
    <details class="help-sources">
      <summary>${t.sourcesLabel()}</summary>
      <ul>${sources.map(([what, who, date]) => html`<li>${statusText.sourceLabel(ltr(what))}${t.source(who, sourceDate(date, locale))}</li>`)}</ul>
    </details>
  </section>`;
}
