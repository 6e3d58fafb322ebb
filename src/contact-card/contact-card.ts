import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { asLevel, asText, coerced } from '../core/coerce.js';
import { CrsElement, warn } from '../core/crs-element.js';
import { parseHeadingLevel, warnBadHeadingLevel } from '../core/heading.js';
import { displayUrl, mailtoHref, safeHref, stripBidiControls, telHref } from '../core/links.js';
import { dataField } from '../core/bidi.js';
import { officeName, officePlace } from '../core/data/texts.js';
import type { Office } from '../core/data/types.js';
import { contactCardStyles } from './contact-card.styles.js';
import { buildVCard } from './vcard.js';
import { showsPhone, showsStreet } from './display-rule.js';
import { cardText as t, type CopyWhat } from './messages.js';
import { sourceLine } from '../core/source-line.js';
import { inferredMark } from '../core/provenance.js';
import { downloadPermission } from './downloads.js';

export type ContactAction = 'call' | 'email' | 'website' | 'social' | 'vcard' | 'copy';
export interface ContactActionDetail {
  officeId: string;
  action: ContactAction;
}

const COPY_MESSAGE_MS = 6000;

/**
 * How to reach CRS headquarters or one of its offices: phone (`tel:`), email (`mailto:`), website and social
 * links, copy buttons with an announced confirmation, and “Save contact” (a vCard 4.0 built in the page).
 * A street address or phone number appears only where a current CRS source confirms it; otherwise the card
 * shows the office's city and routes the visitor to headquarters (askcrs@usdoj.gov, 202-305-2935).
 *
 * @tagname crs-contact-card
 * @summary Contact details of CRS headquarters or one CRS office, with copy buttons and a vCard.
 *
 * @attr {string} [office=hq] - Which office: `hq`; regional offices `new-england` `northeast` `mid-atlantic` `southeast` `midwest` `southwest` `central` `rocky-mountain` `west` `northwest`; field offices `miami` `detroit` `houston` `san-francisco`. An unknown id shows a visible notice and headquarters, and warns once in the console.
 * @attr {boolean} compact - A denser card for sidebars: hides the agency line, the street address and the social links (phone, email, website, copy buttons and “Save contact” stay).
 * @attr {'2' | '3' | '4' | '5' | '6'} [heading-level=2] - Level of the office name's heading (the card uses `role="heading"` with `aria-level`). Other values use 2 with a console warning.
 * @attr {string} data-src - URL (`http:` or `https:`, same origin or CORS-enabled, at most 512 KB) of a partner dataset following `schema/crs-data.schema.json`. If it cannot be loaded or is invalid, a visible notice names the problem and the bundled CRS data stays on screen.
 * @attr {'light' | 'dark' | 'high-contrast' | 'auto'} [theme=light] - Colour theme; `auto` follows the visitor's system. An unknown value uses `light` with a console warning.
 * @attr {string} lang - This widget's language: `en`, `zh-Hans`, `zh-Hant`, `es`, `vi`, `ko`, `tl` or `ar` (right to left), matched by BCP 47 (`es-MX` → `es`). Without it the widget follows `CRSWidgets.setLocale()`, then the nearest ancestor's `lang`, then the browser. An unsupported tag renders English with a console warning.
 *
 * @fires {CustomEvent<ContactActionDetail>} crs-contact-action - A visitor called, emailed, opened the website or a social link, saved the vCard or copied a detail. Bubbles and crosses shadow roots; carries no personal data.
 *
 * @csspart base - The element's root, carrying `lang` and `dir`.
 * @csspart card - The card box.
 * @csspart title - The office name.
 * @csspart actions - The row holding “Save contact”.
 * @csspart button - Every button (copy, save).
 * @csspart source - The source line: who compiled the data, its sources' dates, a link to CRS.
 * @csspart error - The visible notice for bad input (`role="alert"`).
 * @csspart loading - The quiet placeholder (with `aria-busy`) shown while a `data-src` file loads.
 */
export class CrsContactCard extends CrsElement {
  static override styles = [...CrsElement.styles, contactCardStyles];

  /** Office id; unknown ids show a notice and headquarters. */
  @property({ reflect: true }) @coerced('office', asText) accessor office = 'hq';

  /** A denser card for sidebars. */
  @property({ type: Boolean, reflect: true }) accessor compact = false;

  /** Heading level of the office name (2–6). */
  @property({ attribute: 'heading-level' }) @coerced('heading-level', asLevel) accessor headingLevel: string | number | null = null;

  /** The last copy: what, which value, whether it worked (the sentence is written at render). */
  @state() private accessor copied: { what: CopyWhat; value: string; ok: boolean } | undefined;
  /** Set when the page may not download the vCard (a sandboxed frame); the status line says so. */
  @state() private accessor saveProblem: 'blocked' | 'unknown' | undefined = undefined;
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
      notices.push(t.unknownOffice(id));
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

  private async copy(value: string, what: CopyWhat): Promise<void> {
    let copied = false;
    try {
      await navigator.clipboard.writeText(value);
      copied = true;
    } catch {
      copied = this.copyWithSelection(value);
    }
    this.copied = { what, value, ok: copied };
    this.saveProblem = undefined;
    clearTimeout(this.copyTimer);
    this.copyTimer = setTimeout(() => (this.copied = undefined), COPY_MESSAGE_MS);
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
    const permission = downloadPermission();
    // The status line speaks of the latest action only.
    this.copied = undefined;
    this.saveProblem = permission === 'allowed' ? undefined : permission;
    if (permission === 'blocked') return;
    const street = showsStreet(office);
    // A routed office's card carries headquarters' number: the saved contact says so.
    const routed = office.kind !== 'headquarters' && !showsPhone(office);
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
      // Written on click, outside render: in the card's language all the same.
      note: routed ? this.inLocale(t.vcardHqNote) : undefined,
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
      >${label}<span class="sr-only"> ${t.newTab()}</span></a
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
    const name = officeName(office, this.locale);
    const ownPhone = showsPhone(office) ? office.phone! : undefined;
    const hq = this.store.office('hq');
    const phone = ownPhone ?? hq?.phone ?? '';
    const email = office.email ?? hq?.email ?? '';
    const tel = telHref(phone);
    const mailto = mailtoHref(email);
    const street = showsStreet(office);
    const level = parseHeadingLevel(this.headingLevel).level;
    const phoneLabel = ownPhone ? t.phone() : t.phoneHq();

    return html`<article class="card ${this.compact ? 'is-compact' : ''}" part="card" aria-labelledby="title">
      <header>
        ${this.compact ? nothing : html`<p class="eyebrow">${t.agency()}</p>`}
        <div class="title" id="title" part="title" role="heading" aria-level=${level}>${dataField(name)}</div>
        <p class="place">${dataField(officePlace(office))}${inferredMark(office.provenance.location)}</p>
      </header>
      ${street && !this.compact
        ? html`<address>
            <span class="ltr">${dataField(office.street)}</span><br />
            <span class="ltr">${dataField(office.city)}, ${dataField(office.state)} ${dataField(office.zip, 'ltr')}</span>
          </address>`
        : nothing}
      ${!isHq && !ownPhone
        ? html`<p class="note">
            ${t.routed()}
          </p>`
        : nothing}
      <dl class="methods">
        ${this.method(
          phoneLabel,
          html`${tel
              ? html`<a href=${tel} @click=${() => this.emit('call')}><span class="ltr">${stripBidiControls(phone)}</span></a>`
              : html`<span class="ltr">${stripBidiControls(phone)}</span>`}
            <button type="button" class="copy" part="button" @click=${() => this.copy(phone, 'phone')}>
              ${t.copy()}<span class="sr-only"> ${t.what('phone')}</span>
            </button>`,
        )}
        ${this.method(
          t.email(),
          html`${mailto
              ? html`<a href=${mailto} @click=${() => this.emit('email')}><span class="ltr">${stripBidiControls(email)}</span></a>`
              : html`<span class="ltr">${stripBidiControls(email)}</span>`}${inferredMark(office.provenance.email)}
            <button type="button" class="copy" part="button" @click=${() => this.copy(email, 'email')}>
              ${t.copy()}<span class="sr-only"> ${t.what('email')}</span>
            </button>`,
        )}
        ${this.method(
          t.website(),
          html`${this.externalLink(contact.website, html`<span class="ltr">${displayUrl(safeHref(contact.website) ?? stripBidiControls(contact.website))}</span>`, 'website')}${inferredMark(contact.provenance.website)}`,
        )}
      </dl>
      ${isHq && !this.compact
        ? html`<ul class="social" aria-label=${t.social()}>
            <li>${this.externalLink(contact.facebook, t.facebook(), 'social')}${inferredMark(contact.provenance.facebook)}</li>
            <li>${this.externalLink(contact.twitter, t.twitter(), 'social')}${inferredMark(contact.provenance.twitter)}</li>
          </ul>`
        : nothing}
      <div class="actions" part="actions">
        <button type="button" class="button" part="button" @click=${() => this.saveVCard(office, name, phone, email)}>
          ${t.save()}<span class="sr-only"> (vCard)</span>
        </button>
      </div>
      <p class="status" role="status">${this.copied ? (this.copied.ok ? t.copied(this.copied.what, this.copied.value) : t.copyFailed(this.copied.value)) : nothing}${this.saveProblem ? t.saveProblem(this.saveProblem) : nothing}</p>
      <p class="source" part="source">${sourceLine(data, this.locale, () => this.emit('website'))}</p>
    </article>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'crs-contact-action': CustomEvent<ContactActionDetail>;
  }
}
