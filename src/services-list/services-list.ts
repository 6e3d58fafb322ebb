import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { asLevel, asList } from '../core/element/coerce.js';
import { CrsElement, type CoercedDeclaration } from '../core/element/crs-element.js';
import { localeInfo } from '../core/i18n/locale-table.js';
import { headingLevel, idList } from '../core/element/attribute-rules.js';
import { displayUrl, safeHref } from '../core/safety/links.js';
import { FocusGroupController } from '../core/element/focus-group.js';
import { SECTION_IDS, SERVICE_IDS, type ServiceId } from './services.js';
import { serviceText, texts } from './messages.js';
import { servicesListStyles } from './services-list.styles.js';
import { statusNotice } from '../core/status/notice.js';
import { isOperating } from '../core/data/status.js';
import { externalLink } from '../core/safety/external-link.js';
import { gap, parens } from '../core/i18n/typography.js';

export interface ServiceToggleDetail {
  id: ServiceId;
  open: boolean;
}


/**
 * What CRS did for LGBTQ communities, as its brochure (about 2016–2020) described it: five services as disclosures (a button per
 * service, arrow keys, Home and End move between them), how CRS worked with LGBTQ communities, and about CRS.
 * In locales whose text is ours rather than CRS's, a note says so.
 *
 * @tagname crs-services-list
 * @summary The CRS programs and services for LGBTQ communities, as keyboard-operable disclosures.
 *
 * @attr {string} services - Space-separated service ids to show, in that order (default all): `law-enforcement-training` `facilitated-dialogue` `bias-incident-forums` `mediation` `public-events`. Unknown ids are ignored with a console warning.
 * @attr {boolean} expanded - Every service starts open.
 * @attr {'2' | '3' | '4' | '5' | '6'} [heading-level=2] - Level of the section headings; service headings are one level below. Other values use 2 with a console warning.
 * @attr {string} sections - Space-separated sections to show, in that order (default all): `services` `works-with` `about`. Unknown ids are ignored with a console warning.
 * @attr {string} data-src - URL (`http:` or `https:`, same origin or CORS-enabled, at most 512 KB) of a partner dataset following `schema/crs-data.schema.json`. If it cannot be loaded in time or is invalid, the bundled CRS data is shown and the console names every problem (on screen too with `debug`).
 * @attr {boolean} debug - Shows a partner's mistakes (an unknown office or state, a bad attribute, a data file that was not used) on screen as well as in the console, while a page is being built. Without it visitors never see them; `CRSWidgets.debug = true` does the same for every widget.
 * @attr {number} [data-timeout=4000] - Milliseconds to wait for `data-src`: meanwhile a quiet placeholder, then the bundled data.
 * @attr {'light' | 'dark' | 'high-contrast' | 'auto'} [theme=light] - Colour theme; `auto` follows the visitor's system. An unknown value uses `light` with a console warning.
 * @attr {string} lang - This widget's language: `en`, `zh-Hans`, `zh-Hant`, `es`, `vi`, `ko`, `tl` or `ar` (right to left), matched by BCP 47 (`es-MX` → `es`). Without it the widget follows `CRSWidgets.setLocale()`, then the nearest ancestor's `lang`, then the browser. An unsupported tag renders English with a console warning.
 *
 * @fires {CustomEvent<ServiceToggleDetail>} crs-service-toggle - A service was opened or closed (by the visitor or by `toggle()`). Bubbles and crosses shadow roots.
 *
 * @method toggle(id: ServiceId, open?: boolean): void - Opens or closes one service: `toggle(id)` flips it, `toggle(id, true)` opens it, `toggle(id, false)` closes it. Fires `crs-service-toggle` when the state changes; an unknown id does nothing.
 *
 * @csspart base - The element's root, carrying `lang` and `dir`.
 * @csspart status-notice - The note on CRS's status (shown while it is not `operating`): what happened, its date, where to check, and its sources.
 * @csspart list - The list's box, holding every section.
 * @csspart heading - Each section heading.
 * @csspart service - One service (heading and panel).
 * @csspart toggle - The button that opens and closes a service.
 * @csspart panel - The text of a service.
 * @csspart source - The source line with the directory link.
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
 */
export class CrsServicesList extends CrsElement {
  static override styles = [...CrsElement.styles, servicesListStyles];
  static override properties: Record<string, CoercedDeclaration> = {
    services: { coerce: asList },
    expanded: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', coerce: asLevel },
    sections: { coerce: asList },
    open: { state: true, attribute: false },
  };

  /** Service ids to show, in order. */
  services: string | null = null;

  /** Open every service. */
  expanded = false;

  /** Level of the section headings (2–6). */
  headingLevel: string | number | null = null;

  /** Sections to show, among `services works-with about`. */
  sections: string | null = null;

  // The attributes' rules, resolved by the base class: unknown ids are left out and named.
  private readonly shownServices = this.attribute(() => this.services, idList('services', SERVICE_IDS));
  private readonly shownSections = this.attribute(() => this.sections, idList('sections', SECTION_IDS));
  private readonly level = this.attribute(() => this.headingLevel, headingLevel);

  private open = new Set<ServiceId>();
  /** The service the visitor just opened: only it animates, not panels open on load. */
  private opening?: ServiceId;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('expanded') && (this.expanded || changed.get('expanded') !== undefined)) {
      this.open = new Set(this.expanded ? SERVICE_IDS : []);
    }
  }

  /** Opens or closes a service, as a click on its button would. */
  toggle(id: ServiceId, open = !this.open.has(id)): void {
    if (!SERVICE_IDS.includes(id) || open === this.open.has(id)) return;
    const next = new Set(this.open);
    if (open) next.add(id);
    else next.delete(id);
    this.open = next;
    this.opening = open ? id : undefined;
    this.emit('crs-service-toggle', { id, open });
  }

  /** Up and Down (wrapping), Home and End move between the service buttons, each a Tab stop (WAI-ARIA accordion pattern). */
  private readonly keys = new FocusGroupController<HTMLButtonElement>(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.toggle')],
    direction: 'vertical',
    wrap: true,
  });

  private renderService(id: ServiceId, level: number): TemplateResult {
    const { title, paragraphs } = serviceText(id);
    const isOpen = this.open.has(id);
    return html`<div class="service" part="service" data-service=${id}>
      <div role="heading" aria-level=${Math.min(level + 1, 6)}>
        <button type="button" class="toggle" part="toggle" id="toggle-${id}" aria-expanded=${isOpen ? 'true' : 'false'}
          aria-controls="panel-${id}" @click=${() => this.toggle(id)}>
          <span>${title}</span>
          <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 6l5 5 5-5" /></svg>
        </button>
      </div>
      <div class="panel ${this.opening === id ? 'opening' : ''}" part="panel" id="panel-${id}" ?hidden=${!isOpen}>
        ${paragraphs.map((p) => html`<p>${p}</p>`)}
      </div>
    </div>`;
  }

  protected override renderContent(): TemplateResult {
    const level = this.level.value;
    const services = this.shownServices.value;
    const sections = this.shownSections.value;
    const contact = this.store.data.contact;
    const website = safeHref(contact.website);
    const directory = safeHref(contact.directory);
    // With no-heading the first section's heading, the list's title, is the page's: that section is
    // a region named by the heading it does not show; later sections keep theirs.
    const untitled = (id: string) => this.noHeading && sections[0] === id;
    const heading = (id: string, text: string) => (untitled(id) ? nothing : html`<div class="section-heading" part="heading" role="heading" aria-level=${level}>${text}</div>`);
    const named = (id: string, text: string) => (untitled(id) ? text : nothing);

    const parts: Record<string, () => TemplateResult> = {
      services: () => html`<section class="section" aria-label=${named('services', texts.servicesHeading())}>
        ${heading('services', texts.servicesHeading())}
        <p>${texts.intro()}</p>
        <div class="services" @keydown=${this.keys.onKeydown}>${services.map((id) => this.renderService(id, level))}</div>
      </section>`,
      'works-with': () => html`<section class="section" aria-label=${named('works-with', texts.worksWithHeading())}>
        ${heading('works-with', texts.worksWithHeading())}
        <ul class="works">${texts.worksWith().map((item) => html`<li>${item}</li>`)}</ul>
      </section>`,
      about: () => html`<section class="section" aria-label=${named('about', texts.aboutHeading())}>
        ${heading('about', texts.aboutHeading())}
        ${texts.about().map((p) => html`<p>${p}</p>`)}
        ${website
          ? html`<p>${externalLink(website, html`${texts.aboutLink()}${gap(this.locale)}${parens(this.locale, html`<span class="ltr">${displayUrl(website)}</span>`)}`)}</p>`
          : nothing}
      </section>`,
    };

    const translation = localeInfo(this.locale).translation;
    return html`<div class="list" part="list">
      ${statusNotice(this.store.data, this.locale, { about: 'services' })}
      ${translation === 'ours' ? html`<p class="note">${texts.translationNote()}</p>` : nothing}
      ${translation === 'brochure' ? html`<p class="note">${texts.brochureNote()}</p>` : nothing}
      ${sections.map((s) => parts[s]())}
      <!-- No invitation to find an office while CRS is not operating: the directory lists offices that closed. -->
      <p class="source" part="source">${texts.source()}${directory && isOperating(this.store.data.status) ? html`${gap(this.locale)}${externalLink(directory, texts.directory())}` : nothing}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'crs-service-toggle': CustomEvent<ServiceToggleDetail>;
  }
}
