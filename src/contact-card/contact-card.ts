import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { CrsElement, warn } from '../core/crs-element.js';
import { getLocale } from '../core/locale.js';
import { parseHeadingLevel, warnBadHeadingLevel } from '../core/heading.js';
import { displayUrl, ltr, mailtoHref, safeHref, telHref } from '../core/links.js';
import { officeName, officePlace } from '../core/data/texts.js';
import type { Office } from '../core/data/types.js';
import { contactCardStyles } from './contact-card.styles.js';
import { buildVCard } from './vcard.js';
import { showsPhone, showsStreet } from './display-rule.js';

export type ContactAction = 'call' | 'email' | 'website' | 'social' | 'vcard' | 'copy';
export interface ContactActionDetail {
  officeId: string;
  action: ContactAction;
}

const COPY_MESSAGE_MS = 6000;

/**
 * How to reach CRS or one of its offices: phone, email, web and social links, a vCard download and
 * copy buttons. Addresses and phone numbers appear only where a current CRS source confirms them;
 * otherwise the card routes the visitor to headquarters.
 *
 * @tagname crs-contact-card
 * @summary Contact details of CRS headquarters or one CRS office.
 *
 * @attr office - Office id: `hq` (default), a region id such as `southwest`, or a field office such as `houston`.
 * @attr compact - Boolean: a denser card without the address block and social links.
 * @attr heading-level - Level of the card's heading, 2–6 (default 2).
 * @attr data-src - URL of a partner dataset (JSON Schema in `schema/crs-data.schema.json`).
 * @attr theme - `light` (default), `dark`, `high-contrast` or `auto`.
 * @attr lang - Language for the widgets on the page (`en`, `es`, `zh-Hans`, `zh-Hant`, `vi`, `ko`, `tl`, `ar`).
 *
 * @fires {CustomEvent<ContactActionDetail>} crs-contact-action - A visitor called, emailed, opened a link, saved the vCard or copied a detail.
 *
 * @csspart base - The element's root, carrying `lang` and `dir`.
 * @csspart card - The card box.
 * @csspart title - The office name.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button.
 * @csspart source - The data-date line with the directory link.
 * @csspart error - The visible notice for bad input.
 */
export class CrsContactCard extends CrsElement {
  static override styles = [...CrsElement.styles, contactCardStyles];

  /** Office id; unknown ids show a notice and headquarters. */
  @property({ reflect: true }) accessor office = 'hq';

  /** A denser card for sidebars. */
  @property({ type: Boolean, reflect: true }) accessor compact = false;

  /** Heading level of the office name (2–6). */
  @property({ attribute: 'heading-level' }) accessor headingLevel: string | number | null = null;

  @state() private accessor copyMessage = '';
  private copyTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copyTimer);
  }

  private get requestedId(): string {
    return (this.office ?? '').trim() || 'hq';
  }

  /** The office to show: the requested one, else headquarters (the notice says why). */
  private get shownOffice(): Office {
    return this.store.office(this.requestedId) ?? this.store.office('hq')!;
  }

  protected override notices(): string[] {
    const notices: string[] = [];
    const id = this.requestedId;
    if (!this.store.office(id)) {
      notices.push(msg(str`There is no CRS office with the id “${id}”. Showing CRS headquarters instead.`, { id: 'card.unknown-office' }));
    }
    return notices;
  }

  private warnedId?: string;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) warnBadHeadingLevel(this.localName, this.headingLevel);
    const id = this.requestedId;
    if (!this.store.loading && !this.store.office(id) && this.warnedId !== id) {
      this.warnedId = id;
      warn(`<crs-contact-card office="${this.requestedId}">: unknown office id; showing headquarters.`);
    }
  }

  private emit(action: ContactAction): void {
    const detail: ContactActionDetail = { officeId: this.shownOffice.id, action };
    this.dispatchEvent(new CustomEvent('crs-contact-action', { detail, bubbles: true, composed: true }));
  }

  private async copy(value: string, what: string): Promise<void> {
    let copied = false;
    try {
      await navigator.clipboard.writeText(value);
      copied = true;
    } catch {
      copied = this.copyWithSelection(value);
    }
    this.copyMessage = copied
      ? msg(str`Copied ${what}: ${value}`, { id: 'card.copied' })
      : msg(str`Could not copy. Please select ${value} and copy it.`, { id: 'card.copy-failed' });
    clearTimeout(this.copyTimer);
    this.copyTimer = setTimeout(() => (this.copyMessage = ''), COPY_MESSAGE_MS);
    if (copied) this.emit('copy');
  }

  /** Older browsers and pages that deny the Clipboard API still allow a user-initiated copy command. */
  private copyWithSelection(value: string): boolean {
    // Selecting the temporary field takes focus; it goes back to the copy button, never to <body>.
    const back = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    const field = document.createElement('textarea');
    field.value = value;
    field.setAttribute('readonly', '');
    field.className = 'sr-only';
    this.renderRoot.appendChild(field);
    field.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    field.remove();
    back?.focus();
    return ok;
  }

  private saveVCard(office: Office, name: string, phone: string, email: string): void {
    const street = showsStreet(office);
    const text = buildVCard({
      name,
      organization: ['U.S. Department of Justice', 'Community Relations Service'],
      street: street ? office.street : undefined,
      city: office.city,
      region: office.state,
      postalCode: street ? office.zip : undefined,
      phone: telHref(phone),
      email,
      url: this.store.data.contact.website,
    });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/vcard;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `crs-${office.id}.vcf`;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some engines.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
    this.emit('vcard');
  }

  private externalLink(href: string | undefined, label: string | TemplateResult, action: ContactAction): TemplateResult {
    const safe = safeHref(href);
    if (!safe) return html`<span>${label}</span>`;
    return html`<a href=${safe} target="_blank" rel="noopener noreferrer" @click=${() => this.emit(action)}
      >${label}<span class="sr-only"> ${msg('(opens in a new tab)', { id: 'common.new-tab' })}</span></a
    >`;
  }

  private method(label: string, body: TemplateResult): TemplateResult {
    return html`<div class="method"><dt>${label}</dt><dd>${body}</dd></div>`;
  }

  protected override renderContent(): TemplateResult {
    const data = this.store.data;
    const contact = data.contact;
    const office = this.shownOffice;
    const isHq = office.kind === 'headquarters';
    const name = officeName(office, getLocale());
    const ownPhone = showsPhone(office) ? office.phone! : undefined;
    const phone = ownPhone ?? contact.phone;
    const email = office.email ?? contact.email;
    const tel = telHref(phone);
    const mailto = mailtoHref(email);
    const street = showsStreet(office);
    const level = parseHeadingLevel(this.headingLevel).level;
    const phoneLabel = ownPhone ? msg('Phone', { id: 'card.phone' }) : msg('Phone (CRS headquarters)', { id: 'card.phone-hq' });

    return html`<article class="card ${this.compact ? 'is-compact' : ''}" part="card" aria-labelledby="title">
      <header>
        ${this.compact ? nothing : html`<p class="eyebrow">${msg('U.S. Department of Justice · Community Relations Service', { id: 'card.agency' })}</p>`}
        <div class="title" id="title" part="title" role="heading" aria-level=${level}>${name}</div>
        <p class="place">${officePlace(office)}</p>
      </header>
      ${street && !this.compact
        ? html`<address>
            <span class="ltr">${office.street}</span><br />
            <span class="ltr">${office.city}, ${office.state} ${office.zip ?? ''}</span>
          </address>`
        : nothing}
      ${!isHq && !ownPhone
        ? html`<p class="note">
            ${msg('No current CRS source confirms a direct phone number for this office. Please contact CRS headquarters, who will connect you.', { id: 'card.routed' })}
          </p>`
        : nothing}
      <dl class="methods">
        ${this.method(
          phoneLabel,
          html`${tel
              ? html`<a href=${tel} @click=${() => this.emit('call')}><span class="ltr">${phone}</span></a>`
              : html`<span class="ltr">${phone}</span>`}
            <button type="button" class="copy" part="button" @click=${() => this.copy(phone, msg('phone number', { id: 'card.what-phone' }))}>
              ${msg('Copy', { id: 'card.copy' })}<span class="sr-only"> ${msg('phone number', { id: 'card.what-phone' })}</span>
            </button>`,
        )}
        ${this.method(
          msg('Email', { id: 'card.email' }),
          html`${mailto
              ? html`<a href=${mailto} @click=${() => this.emit('email')}><span class="ltr">${email}</span></a>`
              : html`<span class="ltr">${email}</span>`}
            <button type="button" class="copy" part="button" @click=${() => this.copy(email, msg('email address', { id: 'card.what-email' }))}>
              ${msg('Copy', { id: 'card.copy' })}<span class="sr-only"> ${msg('email address', { id: 'card.what-email' })}</span>
            </button>`,
        )}
        ${this.method(
          msg('Website', { id: 'card.website' }),
          this.externalLink(contact.website, html`<span class="ltr">${displayUrl(contact.website)}</span>`, 'website'),
        )}
      </dl>
      ${isHq && !this.compact
        ? html`<ul class="social" aria-label=${msg('CRS on social media', { id: 'card.social' })}>
            <li>${this.externalLink(contact.facebook, msg('Facebook', { id: 'card.facebook' }), 'social')}</li>
            <li>${this.externalLink(contact.twitter, msg('X (Twitter)', { id: 'card.twitter' }), 'social')}</li>
          </ul>`
        : nothing}
      <div class="actions" part="actions">
        <button type="button" class="button" part="button" @click=${() => this.saveVCard(office, name, phone, email)}>
          ${msg('Save contact', { id: 'card.save' })}<span class="sr-only"> (vCard)</span>
        </button>
      </div>
      <p class="status" role="status">${this.copyMessage}</p>
      <p class="source" part="source">
        ${msg(str`Contact details as published by CRS, sources dated ${ltr(data.sourcesDated)}.`, { id: 'card.sources' })}
        ${this.externalLink(contact.directory, msg('Current CRS office directory', { id: 'card.directory' }), 'website')}
      </p>
    </article>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'crs-contact-action': CustomEvent<ContactActionDetail>;
  }
}
