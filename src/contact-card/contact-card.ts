import { html, nothing, type TemplateResult } from 'lit';
import { asLevel, asText } from '../core/element/coerce.js';
import { CrsElement, type CoercedDeclaration } from '../core/element/crs-element.js';
import { headingLevel, inData, oneOf } from '../core/element/attribute-rules.js';
import { findOffice } from '../core/data/offices.js';
import { displayUrl, mailtoHref, safeHref, stripBidiControls, telHref } from '../core/safety/links.js';
import { dataField } from '../core/safety/bidi.js';
import { officeName, officePlace } from '../core/data/texts.js';
import type { Office } from '../core/data/types.js';
import { contactCardStyles } from './contact-card.styles.js';
import { buildVCard } from './vcard.js';
import { showsPhone, showsStreet } from './display-rule.js';
import { cardText as t, type CopyWhat } from './messages.js';
import { sourceLine } from '../core/status/source-line.js';
import { factMark } from '../core/status/provenance.js';
import { downloadPermission } from './downloads.js';
import { statusNotice, statusSummary, yearsWords } from '../core/status/notice.js';
import { statusText } from '../core/status/messages.js';
import { helpNow, showsHelp, HELP_MODES, type HelpMode } from '../core/status/help-now.js';
import type { HelpId } from '../core/status/help.js';
import { yearsOf } from '../core/data/source-years.js';
import { isOperating, statusOf } from '../core/data/status.js';
import { formatDate } from '../core/status/dates.js';
import { gap, parens } from '../core/i18n/typography.js';
import { externalLink } from '../core/safety/external-link.js';
import { defaultDataset } from '../core/data/dataset.js';

/** ": @DOJ_CRS" from https://x.com/DOJ_CRS, so the link says whose account it is; '' when the URL has no handle. */
const handle = (url: string): string => {
  const name = /^https:\/\/(?:www\.)?(?:x|twitter)\.com\/([A-Za-z0-9_]{1,15})\/?$/.exec(url)?.[1];
  return name ? `: @${name}` : '';
};

export type ContactAction = 'call' | 'email' | 'website' | 'social' | 'vcard' | 'copy';
export interface ContactActionDetail {
  /** The office the card shows; `null` for the "help now" links, which are not CRS's. */
  officeId: string | null;
  action: ContactAction;
  /** Which detail: `phone` or `email` (copy); `fbi` or `civil-rights` (help now). */
  what?: CopyWhat | HelpId;
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
 * @attr {string} [office=hq] - Which office: `hq`; regional offices `new-england` `northeast` `mid-atlantic` `southeast` `midwest` `southwest` `central` `rocky-mountain` `west` `northwest`; field offices `miami` `detroit` `houston` `san-francisco`. An unknown id shows headquarters and is named in the console (on screen too with `debug`).
 * @attr {boolean} compact - A denser card for sidebars: hides the agency line, the street address and the social links (phone, email, website, copy buttons and “Save contact” stay).
 * @attr {'2' | '3' | '4' | '5' | '6'} [heading-level=2] - Level of the office name's heading (the card uses `role="heading"` with `aria-level`). Other values use 2 with a console warning.
 * @attr {string} data-src - URL (`http:` or `https:`, same origin or CORS-enabled, at most 512 KB) of a partner dataset following `schema/crs-data.schema.json`. If it cannot be loaded in time or is invalid, the bundled CRS data is shown and the console names every problem (on screen too with `debug`).
 * @attr {'auto' | 'always' | 'never'} [help=auto] - “Help now”: 911, the FBI for hate crimes (1-800-CALL-FBI, tips.fbi.gov) and the Civil Rights Division's portal, each with its source and date. `auto` shows it while CRS's status in the data is not `operating`; `never` is for pages that give the same help themselves.
 * @attr {boolean} debug - Shows a partner's mistakes (an unknown office or state, a bad attribute, a data file that was not used) on screen as well as in the console, while a page is being built. Without it visitors never see them; `CRSWidgets.debug = true` does the same for every widget.
 * @attr {number} [data-timeout=4000] - Milliseconds to wait for `data-src`: meanwhile a quiet placeholder, then the bundled data.
 * @attr {'light' | 'dark' | 'high-contrast' | 'auto'} [theme=light] - Colour theme; `auto` follows the visitor's system. An unknown value uses `light` with a console warning.
 * @attr {string} lang - This widget's language: `en`, `zh-Hans`, `zh-Hant`, `es`, `vi`, `ko`, `tl` or `ar` (right to left), matched by BCP 47 (`es-MX` → `es`). Without it the widget follows `CRSWidgets.setLocale()`, then the nearest ancestor's `lang`, then the browser. An unsupported tag renders English with a console warning.
 *
 * @fires {CustomEvent<ContactActionDetail>} crs-contact-action - A visitor called, emailed, opened the website or a social link, saved the vCard or copied a detail. Bubbles and crosses shadow roots; carries no personal data.
 *
 * @csspart base - The element's root, carrying `lang` and `dir`.
 * @csspart status-notice - The note on CRS's status (shown while it is not `operating`): what happened, its date, where to check, and its sources.
 * @csspart help - “Help now”: 911, the FBI and the civil-rights portal, with their sources.
 * @csspart card - The card box.
 * @csspart title - The office name.
 * @csspart actions - The row holding “Save contact”.
 * @csspart button - Every button (copy, save).
 * @csspart source - The source line: who compiled the data, its sources' dates, a link to CRS.
 * @csspart error - With `debug`, the on-screen note naming a partner's mistake.
 * @csspart loading - The quiet placeholder (with `aria-busy`) shown while a `data-src` file loads.
 * @cssprop [--crs-color-primary=#1a4480] - Brand colour: titles, toggles, primary buttons. Set it once: each theme derives its own shade. Light #1a4480, dark #73b3e7 (`--crs-dark-color-primary`), high contrast #ffff00.
 * @cssprop [--crs-color-on-primary=#ffffff] - Button text: text and icons on the primary colour. Light #ffffff, dark #0b1a2e (`--crs-dark-color-on-primary`), high contrast #000000.
 * @cssprop [--crs-color-surface=#ffffff] - Widget background (kept light in light, dark in dark). Light #ffffff, dark #1b1e23 (`--crs-dark-color-surface`), high contrast #000000.
 * @cssprop [--crs-color-surface-alt=#f2f2f2] - Raised or alternate background (panels, hover); derived from the surface. Light #f2f2f2, dark #2b2c2f (`--crs-dark-color-surface-alt`), high contrast #000000.
 * @cssprop [--crs-color-text=#1b1b1b] - Body text. Light #1b1b1b, dark #f0f0f0 (`--crs-dark-color-text`), high contrast #ffffff.
 * @cssprop [--crs-color-muted=#565c65] - Secondary text (notes, captions). Light #565c65, dark #b4b9be (`--crs-dark-color-muted`), high contrast #ffffff.
 * @cssprop [--crs-color-border=#71767a] - Borders of controls and cards (3:1 against the surface). Light #71767a, dark #8d9297 (`--crs-dark-color-border`), high contrast #ffffff.
 * @cssprop [--crs-color-link=#005ea2] - Links (follow the primary colour when it is set). Light #005ea2, dark #8cc4ff (`--crs-dark-color-link`), high contrast #ffff00.
 * @cssprop [--crs-color-focus=#0050d8] - Focus ring (follows the primary colour when it is set). Light #0050d8, dark #ffbe2e (`--crs-dark-color-focus`), high contrast #00ffff.
 * @cssprop [--crs-color-error=#b50909] - Error text and border. Light #b50909, dark #ff9d8f (`--crs-dark-color-error`), high contrast #ffffff.
 * @cssprop [--crs-color-error-surface=#fff2f2] - Background of an error message; derived from the surface. Light #fff2f2, dark #372125 (`--crs-dark-color-error-surface`), high contrast #000000.
 * @cssprop [--crs-color-success=#216e1f] - Confirmation text (copied). Light #216e1f, dark #7fd67d (`--crs-dark-color-success`), high contrast #ffffff.
 */
export class CrsContactCard extends CrsElement {
  static override styles = [...CrsElement.styles, contactCardStyles];
  static override properties: Record<string, CoercedDeclaration> = {
    office: { reflect: true, coerce: asText },
    compact: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', coerce: asLevel },
    help: { reflect: true, coerce: asText },
    copied: { state: true, attribute: false },
    saveProblem: { state: true, attribute: false },
  };

  /** Office id; unknown ids show a notice and headquarters. */
  office = 'hq';

  /** A denser card for sidebars. */
  compact = false;

  /** Heading level of the office name (2–6). */
  headingLevel: string | number | null = null;

  /** "Help now" (911, FBI, civil-rights portal): `auto` (while CRS is not operating), `always` or `never`. */
  help: HelpMode = 'auto';

  /** Inside a parent widget (the locator), which shows the status notice, "help now" and the source itself: not repeated. */
  private get nested(): boolean {
    return Boolean(this.provided);
  }

  /** The last copy: what, which value, whether it worked (the sentence is written at render). */
  private declare copied: { what: CopyWhat; value: string; ok: boolean } | undefined;
  /** Set when the page may not download the vCard (a sandboxed frame); the status line says so. */
  private saveProblem: 'blocked' | 'unknown' | undefined = undefined;
  private copyTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copyTimer);
  }

  // The attributes' rules, resolved by the base class: the office to show (unknown: headquarters, named), the level, help.
  private readonly checkedOffice = this.attribute(() => this.office, inData(findOffice, t.unknownOffice, (data) => findOffice(data, 'hq')));
  private readonly level = this.attribute(() => this.headingLevel, headingLevel);
  private readonly checkedHelp = this.attribute(() => this.help, oneOf('help', HELP_MODES, 'auto'));

  /** The office to show: the requested one, else headquarters (the notice says why). */
  private get shownOffice(): Office {
    return this.checkedOffice.value!;
  }

  /** Reports a visitor's action on this card (`crs-contact-action`). */
  private act(action: ContactAction, what?: ContactActionDetail['what'], officeId: string | null = this.shownOffice.id): void {
    this.emit('crs-contact-action', what ? { officeId, action, what } : { officeId, action });
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
    if (copied) this.act('copy', what);
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
      // Written on click, outside render: in the card's language all the same. The saved contact keeps
      // the status and its date, and says when the number is headquarters'.
      note: this.inLocale(() => this.vcardNote(office)),
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
    this.act('vcard');
  }

  /**
   * The X handle is inferred from the brochure's misprint: the mark says what was inferred, in plain words,
   * while the link is the bundled one; a partner's inferred handle gets the general mark.
   */
  private twitterMark(): TemplateResult | typeof nothing {
    const { twitter, provenance } = this.store.data.contact;
    const bundled = twitter === defaultDataset.contact.twitter && provenance.twitter.confidence === 'inferred';
    return bundled ? html`${gap(this.locale)}<span class="inferred">${t.twitterInferred()}</span>` : factMark(provenance.twitter);
  }

  /** The saved contact's NOTE: CRS's status with its date, and where the number comes from. */
  private vcardNote(office: Office): string | undefined {
    const data = this.store.data;
    const lines: string[] = [];
    if (!isOperating(data.status)) {
      lines.push(statusSummary(data.status, this.locale), statusText.asOf(formatDate(data.status.asOf, this.locale)));
      const years = yearsWords(this.contactYears(office));
      if (years) lines.push(t.vcardListed(years));
    }
    const routed = this.routing(office);
    if (routed) lines.push(routed === 'conflicting' ? t.vcardHqConflicting() : t.vcardHqNote());
    return lines.length ? lines.join(' ') : undefined;
  }

  /** Why a card gives headquarters' number: its own is missing or unconfirmed, or CRS pages disagree on it. */
  private routing(office: Office): 'unconfirmed' | 'conflicting' | undefined {
    if (office.kind === 'headquarters' || showsPhone(office)) return undefined;
    return office.phone && office.provenance.phone?.confidence === 'conflicting' ? 'conflicting' : 'unconfirmed';
  }

  /** The years of the contact facts the card shows (phone, email, website), for "listed by CRS (…)". */
  private contactYears(office: Office) {
    const hq = this.store.office('hq');
    const phone = showsPhone(office) ? office.provenance.phone : hq?.provenance.phone;
    const email = office.email ? office.provenance.email : hq?.provenance.email;
    return yearsOf([phone?.source, email?.source, this.store.data.contact.provenance.website.source]);
  }

  private externalLink(href: string | undefined, label: string | TemplateResult, action: ContactAction): TemplateResult {
    return externalLink(href, label, () => this.act(action));
  }

  private copyMessage({ what, value, ok }: { what: CopyWhat; value: string; ok: boolean }): string {
    return ok ? t.copied(what, value) : t.copyFailed(value);
  }

  /**
   * The copy confirmation, seen beside its Copy button and only while it shows (no empty line when
   * idle). Screen readers hear it from the card's one polite status region, so it is hidden from them
   * here; the number or address in it never breaks across lines.
   */
  private copiedBeside(what: CopyWhat): TemplateResult | typeof nothing {
    if (this.copied?.what !== what) return nothing;
    const [before, after = ''] = this.copyMessage({ ...this.copied, value: '\ue000' }).split('\ue000');
    return html`<span class="copied ${this.copied.ok ? '' : 'failed'}" aria-hidden="true">${before}<span class="ltr value">${stripBidiControls(this.copied.value)}</span>${after}</span>`;
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
    const level = this.level.value;
    const phoneLabel = ownPhone ? t.phone() : t.phoneHq();
    const routing = this.routing(office);
    const officeStatus = statusOf(office, data.status);
    const helpAction = (action: 'call' | 'website', what: HelpId) => this.act(action, what, null);

    return html`<article class="card ${this.compact ? 'is-compact' : ''}" part="card" aria-labelledby=${this.noHeading ? nothing : 'title'} aria-label=${this.noHeading ? name : nothing}>
      <header>
        ${this.compact ? nothing : html`<p class="eyebrow">${t.agency()}</p>`}
        ${this.noHeading ? nothing : html`<div class="title" id="title" part="title" role="heading" aria-level=${level}>${dataField(name)}</div>`}
        <p class="place">${dataField(officePlace(office))}${factMark(office.provenance.location)}</p>
        ${isOperating(officeStatus) ? nothing : html`<p class="office-status">${t.officeStatus(officeStatus.state, formatDate(officeStatus.asOf, this.locale))}</p>`}
      </header>
      ${this.nested ? nothing : statusNotice(data, this.locale, { about: 'contacts', contactYears: this.contactYears(office) })}
      ${!this.nested && showsHelp(this.checkedHelp.value, data.status) ? helpNow(this.locale, level + 1, helpAction) : nothing}
      ${street && !this.compact
        ? html`<address>
            <span class="ltr">${dataField(office.street)}</span><br />
            <span class="ltr">${dataField(office.city)}, ${dataField(office.state)} ${dataField(office.zip, 'ltr')}</span>
          </address>`
        : nothing}
      ${routing ? html`<p class="note">${routing === 'conflicting' ? t.routedConflicting() : t.routed()}</p>` : nothing}
      <dl class="methods">
        ${this.method(
          phoneLabel,
          html`${tel
              ? html`<a href=${tel} @click=${() => this.act('call')}><span class="ltr">${stripBidiControls(phone)}</span></a>`
              : html`<span class="ltr">${stripBidiControls(phone)}</span>`}
            <button type="button" class="copy" part="button" @click=${() => this.copy(phone, 'phone')}>
              ${t.copy()}<span class="sr-only"> ${t.what('phone')}</span>
            </button>${this.copiedBeside('phone')}`,
        )}
        ${this.method(
          t.email(),
          html`${mailto
              ? html`<a href=${mailto} @click=${() => this.act('email')}><span class="ltr">${stripBidiControls(email)}</span></a>`
              : html`<span class="ltr">${stripBidiControls(email)}</span>`}${factMark(office.provenance.email)}
            <button type="button" class="copy" part="button" @click=${() => this.copy(email, 'email')}>
              ${t.copy()}<span class="sr-only"> ${t.what('email')}</span>
            </button>${this.copiedBeside('email')}`,
        )}
        ${this.method(
          t.website(),
          html`${this.externalLink(contact.website, html`<span class="ltr">${displayUrl(safeHref(contact.website) ?? stripBidiControls(contact.website))}</span>`, 'website')}${factMark(contact.provenance.website)}`,
        )}
      </dl>
      ${isHq && !this.compact
        ? html`<ul class="social" aria-label=${t.social()}>
            <li>${this.externalLink(contact.facebook, t.facebook(), 'social')}${factMark(contact.provenance.facebook)}</li>
            <li>${this.externalLink(contact.twitter, html`${t.twitter()}${handle(contact.twitter)}`, 'social')}${this.twitterMark()}</li>
          </ul>`
        : nothing}
      <div class="actions" part="actions">
        <button type="button" class="button" part="button" @click=${() => this.saveVCard(office, name, phone, email)}>
          ${t.save()}<span class="sr-only">${gap(this.locale)}${parens(this.locale, 'vCard')}</span>
        </button>
      </div>
      ${this.saveProblem ? html`<p class="status" aria-hidden="true">${t.saveProblem(this.saveProblem)}</p>` : nothing}
      <p class="sr-only" role="status">${this.copied ? this.copyMessage(this.copied) : nothing}${this.saveProblem ? t.saveProblem(this.saveProblem) : nothing}</p>
      ${this.nested ? nothing : html`<p class="source" part="source">${sourceLine(data, this.locale, () => this.act('website'))}</p>`}
    </article>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'crs-contact-action': CustomEvent<ContactActionDetail>;
  }
}
