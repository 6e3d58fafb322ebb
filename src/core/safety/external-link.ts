/**
 * The one external link: https only (anything else is shown as plain text), a new tab without opener or
 * referrer, and "(opens in a new tab)" for screen readers, in the widget's language.
 */
import { html, type TemplateResult } from 'lit';
import { safeHref } from './links.js';
import { newTabText } from '../i18n/messages.js';

export function externalLink(href: string | undefined, label: unknown, onClick?: () => void): TemplateResult {
  const safe = safeHref(href);
  if (!safe?.startsWith('https:')) return html`<span>${label}</span>`;
  return html`<a href=${safe} target="_blank" rel="noopener noreferrer" @click=${() => onClick?.()}
    >${label}<span class="sr-only"> ${newTabText()}</span></a
  >`;
}
