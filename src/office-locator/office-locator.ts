import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrsElement, warn } from '../core/crs-element.js';
import { getLocale } from '../core/locale.js';
import { parseHeadingLevel, warnBadHeadingLevel } from '../core/heading.js';
import { ltr } from '../core/links.js';
import { officeName, officePlace, regionName } from '../core/data/texts.js';
import { stateName } from '../core/data/place-names.js';
import type { Office, Region } from '../core/data/types.js';
import { INSETS, PINS, SHAPES } from '../generated/map-geometry.js';
import '../contact-card/define.js';
import { lookupZip } from './zip.js';
import { nearest, projectToMap } from './geo.js';
import { neighbourInDirection } from './navigation.js';
import { pinIcon, renderMap, swatch } from './map.js';
import { officeLocatorStyles } from './office-locator.styles.js';
import { locatorText } from './messages.js';

export type SelectVia = 'map' | 'list' | 'select' | 'zip' | 'geolocation' | 'attribute';
export interface OfficeSelectDetail {
  officeId: string;
  regionId: string | null;
  state: string | null;
  via: SelectVia;
}
export const VIEWS = ['map', 'list', 'both'] as const;
export type LocatorView = (typeof VIEWS)[number];

interface Selection {
  office: Office;
  region?: Region;
  state?: string;
  via: SelectVia;
  /** Extra sentence for the status line (ZIP, location). */
  note?: string;
}

const GEO_TIMEOUT_MS = 15_000;
const KM_PER_MILE = 1.609344;

/**
 * Which CRS office serves you: an offline map of every state and territory (one tab stop; arrow keys move
 * between neighbours), a state menu, a ZIP code field and an optional “Use my location”, all leading to the
 * serving regional office's contact card, the region's field offices and its states, and a list of every office
 * by region. Nothing leaves the page: ZIP codes are looked up in a table inside the file, and a position is used
 * only after the visitor clicks, then dropped.
 *
 * @tagname crs-office-locator
 * @summary Finds the CRS office that serves a state, ZIP code or location, on an accessible offline map.
 *
 * @attr {string} state - USPS code of a state or territory to preselect (`TX`, `PR`, `GU`…). An unknown code shows a visible notice.
 * @attr {string} office - Office id to preselect: `hq`; regional offices `new-england` `northeast` `mid-atlantic` `southeast` `midwest` `southwest` `central` `rocky-mountain` `west` `northwest`; field offices `miami` `detroit` `houston` `san-francisco`. An unknown id shows a visible notice.
 * @attr {'map' | 'list' | 'both'} [view=both] - The map with its controls, the list of every office by region, or both. Other values show both with a console warning.
 * @attr {boolean} no-geolocation - Hides “Use my location” (for pages that must not ask for the visitor's position).
 * @attr {'2' | '3' | '4' | '5' | '6'} [heading-level=2] - Level of the widget's headings; the nested contact cards use the levels below. Other values use 2 with a console warning.
 * @attr {string} data-src - URL (`http:` or `https:`, same origin or CORS-enabled, at most 512 KB) of a partner dataset following `schema/crs-data.schema.json`. If it cannot be loaded or is invalid, a visible notice names the problem and the bundled CRS data stays on screen.
 * @attr {'light' | 'dark' | 'high-contrast' | 'auto'} [theme=light] - Colour theme; `auto` follows the visitor's system. An unknown value uses `light` with a console warning.
 * @attr {string} lang - This widget's language: `en`, `zh-Hans`, `zh-Hant`, `es`, `vi`, `ko`, `tl` or `ar` (right to left), matched by BCP 47 (`es-MX` → `es`). Without it the widget follows `CRSWidgets.setLocale()`, then the nearest ancestor's `lang`, then the browser. An unsupported tag renders English with a console warning.
 *
 * @fires {CustomEvent<OfficeSelectDetail>} crs-office-select - An office was chosen; `via` says how. Carries no ZIP code and no coordinates. Bubbles and crosses shadow roots.
 *
 * @csspart base - The element's root, carrying `lang` and `dir`.
 * @csspart controls - The state menu, ZIP field and location button.
 * @csspart map - The map and its legend.
 * @csspart status - The line that announces the answer.
 * @csspart result - The serving office, field offices and states.
 * @csspart list - The list of every office by region.
 * @csspart button - Every button.
 * @csspart error - The visible notice for bad input (`role="alert"`).
 */
export class CrsOfficeLocator extends CrsElement {
  static override styles = [...CrsElement.styles, officeLocatorStyles];

  /** USPS code to preselect. */
  @property({ reflect: true }) accessor state: string | null = null;
  /** Office id to preselect. */
  @property({ reflect: true }) accessor office: string | null = null;
  /** `map`, `list` or `both`. */
  @property({ reflect: true }) accessor view: string = 'both';
  /** Hide "Use my location". */
  @property({ type: Boolean, attribute: 'no-geolocation', reflect: true }) accessor noGeolocation = false;
  /** Level of the widget's headings (2–6). */
  @property({ attribute: 'heading-level' }) accessor headingLevel: string | number | null = null;

  @state() private accessor selection: Selection | undefined;
  @state() private accessor active = 'AL';
  @state() private accessor focused: string | undefined;
  @state() private accessor zipError = '';
  @state() private accessor zipInfo = '';
  @state() private accessor geoMessage = '';
  @state() private accessor locating = false;
  private typed = '';
  private typedAt = 0;
  private appliedData?: unknown;

  private get regions(): readonly Region[] {
    return this.store.data.regions;
  }

  private regionOf(code: string): Region | undefined {
    return this.regions.find((r) => r.states.includes(code));
  }

  private regionalOffice(region: Region): Office | undefined {
    return this.store.data.offices.find((o) => o.kind === 'regional' && o.region === region.id);
  }

  private get shownView(): LocatorView {
    return (VIEWS as readonly string[]).includes(this.view) ? (this.view as LocatorView) : 'both';
  }

  /** States in the visitor's alphabet: the menu's order and the map's Home/End order. */
  private sortedStates(): string[] {
    const collator = new Intl.Collator(getLocale());
    return this.regions.flatMap((r) => r.states).sort((a, b) => collator.compare(stateName(a), stateName(b)));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) warnBadHeadingLevel(this.localName, this.headingLevel);
    if (changed.has('view') && this.shownView !== this.view) warn(`<${this.localName} view="${this.view}">: use map, list or both; showing both.`);
    // Attributes preselect; new partner data re-applies them.
    if (changed.has('state') || changed.has('office') || this.appliedData !== this.store.data) {
      this.appliedData = this.store.data;
      this.applyAttributes();
    }
  }

  private applyAttributes(): void {
    const office = this.office?.trim() ? this.store.office(this.office.trim()) : undefined;
    const code = this.state?.trim().toUpperCase();
    const region = code ? this.regionOf(code) : undefined;
    if (office) {
      const officeRegion = this.regions.find((r) => r.id === office.region);
      this.select({ office, region: officeRegion, state: region && region === officeRegion ? code : undefined, via: 'attribute' });
    } else if (code && region) {
      this.selectState(code, 'attribute');
    }
  }

  protected override notices(): string[] {
    const notices: string[] = [];
    const t = locatorText();
    const code = this.state?.trim();
    if (code && !this.regionOf(code.toUpperCase())) notices.push(t.unknownState(code));
    const id = this.office?.trim();
    if (id && !this.store.office(id)) notices.push(t.unknownOffice(id));
    if (this.shownView !== this.view) notices.push(t.badView(this.view));
    return notices;
  }

  private select(selection: Selection): void {
    this.selection = selection;
    // Messages belong to the way of choosing that produced them.
    if (selection.via !== 'geolocation') this.geoMessage = '';
    if (selection.via !== 'zip') this.zipError = '';
    if (selection.state) this.active = selection.state;
    const detail: OfficeSelectDetail = {
      officeId: selection.office.id,
      regionId: selection.region?.id ?? null,
      state: selection.state ?? null,
      via: selection.via,
    };
    this.dispatchEvent(new CustomEvent('crs-office-select', { detail, bubbles: true, composed: true }));
  }

  /** Choose the office serving a state; false when no region serves it. */
  private selectState(code: string, via: SelectVia, note?: string): boolean {
    const region = this.regionOf(code);
    const office = region && this.regionalOffice(region);
    if (!region || !office) return false;
    this.select({ office, region, state: code, via, note });
    return true;
  }

  private selectHeadquarters(via: SelectVia, note?: string): void {
    const hq = this.store.office('hq');
    if (hq) this.select({ office: hq, via, note });
  }

  private selectOffice(id: string, via: SelectVia): void {
    const office = this.store.office(id);
    if (!office) return;
    if (office.kind === 'headquarters') return this.selectHeadquarters(via);
    this.select({ office, region: this.regions.find((r) => r.id === office.region), via });
  }

  private onSelectChange(event: Event): void {
    const code = (event.target as HTMLSelectElement).value;
    this.zipInfo = '';
    if (code) this.selectState(code, 'select');
  }

  private onZipSubmit(event: Event): void {
    event.preventDefault();
    const t = locatorText();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#zip')!;
    const result = lookupZip(input.value);
    this.zipError = '';
    this.zipInfo = '';
    if (result.kind === 'invalid') {
      this.zipError = t.zipInvalid();
      input.focus();
    } else if (result.kind === 'state') {
      this.zipInfo = t.zipInState(result.zip, stateName(result.state));
      this.selectState(result.state, 'zip', this.zipInfo);
    } else {
      this.zipInfo = result.kind === 'military' ? t.zipMilitary(result.zip) : t.zipUnassigned(result.zip);
      this.selectHeadquarters('zip', this.zipInfo);
    }
  }

  private locate(): void {
    const t = locatorText();
    this.geoMessage = '';
    if (!('geolocation' in navigator) || !window.isSecureContext) {
      this.geoMessage = t.geoUnavailable();
      return;
    }
    this.locating = true;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.locating = false;
        this.placeVisitor(position.coords.latitude, position.coords.longitude);
      },
      (error) => {
        this.locating = false;
        this.geoMessage =
          error.code === error.PERMISSION_DENIED ? t.geoDenied() : error.code === error.TIMEOUT ? t.geoTimeout() : t.geoUnavailable();
      },
      { enableHighAccuracy: false, timeout: GEO_TIMEOUT_MS, maximumAge: 10 * 60_000 },
    );
  }

  /** The state containing the position (point in the drawn shape), and the nearest office by distance. */
  private placeVisitor(lat: number, lon: number): void {
    const t = locatorText();
    const locale = getLocale();
    const closest = nearest(lat, lon, this.store.data.offices);
    const point = projectToMap(lon, lat);
    let code: string | undefined;
    if (point) {
      const svgPoint = new DOMPoint(point[0], point[1]);
      for (const path of this.renderRoot.querySelectorAll<SVGPathElement>('.state .shape')) {
        if (path.isPointInFill(svgPoint)) code = (path.parentElement as Element).getAttribute('data-state') ?? undefined;
      }
    }
    const distance = closest ? t.distance(officeName(closest.place, locale), closest.km / KM_PER_MILE, closest.km) : '';
    if (code && this.regionOf(code)) {
      this.geoMessage = `${t.youAreIn(stateName(code))} ${distance}`;
      this.selectState(code, 'geolocation', this.geoMessage);
    } else {
      this.geoMessage = `${t.outside()} ${distance}`;
      this.selectHeadquarters('geolocation', this.geoMessage);
    }
  }

  private onMapKeydown(event: KeyboardEvent): void {
    const order = this.sortedStates();
    const current = this.active;
    let next: string | undefined;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.typed = '';
      this.selectState(current, 'map');
      return;
    }
    if (event.key.length !== 1) this.typed = '';
    if (event.key.startsWith('Arrow')) next = neighbourInDirection(current, event.key, SHAPES) ?? current;
    else if (event.key === 'Home') next = order[0];
    else if (event.key === 'End') next = order[order.length - 1];
    else if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      next = this.typeahead(event.key, order);
    }
    if (!next) return;
    event.preventDefault();
    this.active = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>(`#state-${next}`)?.focus());
  }

  /** Typing jumps to the next state whose name (or code) starts with the letters typed in the last second. */
  private typeahead(key: string, order: string[]): string | undefined {
    const now = Date.now();
    this.typed = now - this.typedAt > 1000 ? key : this.typed + key;
    this.typedAt = now;
    const prefix = this.typed.toLocaleLowerCase(getLocale());
    const start = this.typed.length > 1 ? order.indexOf(this.active) : order.indexOf(this.active) + 1;
    const rotated = [...order.slice(start), ...order.slice(0, start)];
    // Names first; codes help where names are in a script the keyboard does not type.
    return (
      rotated.find((code) => stateName(code).toLocaleLowerCase(getLocale()).startsWith(prefix)) ??
      rotated.find((code) => code.toLowerCase().startsWith(prefix))
    );
  }

  private pinPosition(office: Office): [number, number] | undefined {
    const bundled = PINS[office.id];
    return (bundled as [number, number] | undefined) ?? projectToMap(office.lon, office.lat) ?? (SHAPES[office.state] ? [SHAPES[office.state].x, SHAPES[office.state].y] : undefined);
  }

  private renderControls(): TemplateResult {
    const t = locatorText();
    const selected = this.selection?.state ?? '';
    return html`<div class="controls" part="controls">
      <div class="field">
        <label for="state-select">${t.stateLabel()}</label>
        <select id="state-select" @change=${this.onSelectChange}>
          <option value="" ?selected=${!selected}>${t.choose()}</option>
          ${this.sortedStates().map((code) => html`<option value=${code} ?selected=${code === selected}>${stateName(code)}</option>`)}
        </select>
      </div>
      <form class="field zip" @submit=${this.onZipSubmit} novalidate>
        <label for="zip">${t.zipLabel()}</label>
        <div class="inline">
          <input id="zip" name="zip" inputmode="numeric" autocomplete="postal-code" maxlength="10" size="7" dir="ltr"
            aria-invalid=${this.zipError ? 'true' : 'false'} aria-describedby="zip-hint zip-error" />
          <button class="button" part="button" type="submit">${t.find()}</button>
        </div>
        <span id="zip-hint" class="hint">${t.zipHint()}</span>
        <span id="zip-error" class="error-text" role="alert">${this.zipError}</span>
      </form>
      ${this.noGeolocation
        ? nothing
        : html`<div class="field geo">
            <button class="button secondary" part="button" type="button" @click=${this.locate} ?disabled=${this.locating}>
              ${this.locating ? t.locating() : t.useLocation()}
            </button>
            <span class="hint">${t.privacy()}</span>
          </div>`}
    </div>`;
  }

  private renderMapView(): TemplateResult {
    const t = locatorText();
    const locale = getLocale();
    const selectedRegion = this.selection?.region;
    const states = this.regions.flatMap((region, index) =>
      region.states.map((code) => {
        const office = this.regionalOffice(region);
        return {
          code,
          regionIndex: index,
          selected: code === this.selection?.state,
          inRegion: region === selectedRegion,
          // Insets show the code; speech-input users say what they see, so the name includes it.
          label: ((name) => (office ? t.stateServedBy(name, officeName(office, locale), office.city) : name))(
            INSETS[code] ? `${stateName(code)} (${code})` : stateName(code),
          ),
        };
      }),
    ).filter((s) => SHAPES[s.code]);
    const pins = this.store.data.offices.flatMap((office) => {
      const at = this.pinPosition(office);
      return at ? [{ id: office.id, kind: office.kind, label: t.pinLabel(officeName(office, locale), officePlace(office), office.kind), x: at[0], y: at[1] }] : [];
    });
    return html`<div class="map" part="map">
      ${renderMap({
        label: t.mapLabel(),
        statesLabel: t.statesLabel(),
        states,
        pins,
        active: this.active,
        focused: this.focused,
        onState: (code) => {
          this.active = code;
          this.selectState(code, 'map');
        },
        onPin: (id) => this.selectOffice(id, 'map'),
        onKeydown: (e) => this.onMapKeydown(e),
        onFocus: (code) => (this.focused = code),
      })}
      <div class="legend" aria-label=${t.legend()} role="group">
        <ul class="legend-regions">
          ${this.regions.map((r, i) => html`<li>${swatch(i)}${regionName(r, locale)}</li>`)}
        </ul>
        <ul class="legend-pins">
          <li>${pinIcon('headquarters')}${t.kindName('headquarters')}</li>
          <li>${pinIcon('regional')}${t.kindName('regional')}</li>
          <li>${pinIcon('field')}${t.kindName('field')}</li>
        </ul>
      </div>
    </div>`;
  }

  private renderResult(level: number): TemplateResult {
    const t = locatorText();
    const locale = getLocale();
    const s = this.selection;
    if (!s) return html`<div class="result" part="result"><p class="hint">${t.prompt()}</p></div>`;
    const sub = Math.min(level + 1, 6);
    const fieldOffices = s.region ? this.store.data.offices.filter((o) => o.kind === 'field' && o.region === s.region!.id && o.id !== s.office.id) : [];
    return html`<div class="result" part="result">
      <crs-contact-card office=${s.office.id} heading-level=${sub} theme=${this.theme} data-src=${this.dataSrc ?? ''}></crs-contact-card>
      ${fieldOffices.length
        ? html`<div class="sub-heading" role="heading" aria-level=${sub}>${t.fieldOffices()}</div>
            ${fieldOffices.map((o) => html`<crs-contact-card office=${o.id} compact heading-level=${Math.min(sub + 1, 6)} theme=${this.theme} data-src=${this.dataSrc ?? ''}></crs-contact-card>`)}`
        : nothing}
      ${s.region
        ? html`<div class="sub-heading" role="heading" aria-level=${sub}>${t.statesServed(regionName(s.region, locale))}</div>
            <ul class="state-list">${s.region.states.map((c) => html`<li>${stateName(c)}</li>`)}</ul>`
        : nothing}
    </div>`;
  }

  private renderList(level: number): TemplateResult {
    const t = locatorText();
    const locale = getLocale();
    const sub = Math.min(level + 1, 6);
    return html`<section class="directory" part="list">
      <div class="section-heading" role="heading" aria-level=${level}>${t.allOffices()}</div>
      <ul class="regions">
        ${this.regions.map((region, index) => {
          const offices = this.store.data.offices.filter((o) => o.region === region.id);
          const current = this.selection?.region === region;
          const name = regionName(region, locale);
          return html`<li class="region ${current ? 'is-current' : ''}" aria-current=${current ? 'true' : 'false'} data-region=${region.id}>
            <div class="region-head">
              ${swatch(index)}
              <div role="heading" aria-level=${sub}>${name}</div>
            </div>
            <ul class="offices">
              ${offices.map((o) => html`<li>${pinIcon(o.kind)}<span>${officeName(o, locale)} — ${officePlace(o)}</span></li>`)}
            </ul>
            <p class="states">${region.states.map(stateName).join(t.separator())}</p>
            <button class="button secondary" part="button" type="button" @click=${() => {
              const office = this.regionalOffice(region);
              if (office) this.select({ office, region, via: 'list' });
            }}>${t.chooseRegion(name)}</button>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  protected override renderContent(): TemplateResult {
    const t = locatorText();
    const locale = getLocale();
    const level = parseHeadingLevel(this.headingLevel).level;
    const view = this.shownView;
    const s = this.selection;
    const answer = !s
      ? ''
      : s.region
        ? `${s.note ? `${s.note} ` : ''}${s.state ? t.answerState(stateName(s.state), officeName(s.office, locale), officePlace(s.office)) : t.answerRegion(regionName(s.region, locale), officeName(s.office, locale), officePlace(s.office))}`
        : `${s.note ? `${s.note} ` : ''}${t.answerHq()}`;
    return html`<div class="locator view-${view}">
      <div class="section-heading" role="heading" aria-level=${level}>${t.title()}</div>
      ${this.renderControls()}
      ${this.geoMessage && !s?.note?.includes(this.geoMessage) ? html`<p class="geo-message" role="alert">${this.geoMessage}</p>` : nothing}
      <p class="answer" part="status" role="status">${answer}</p>
      <div class="main">
        ${view !== 'list' ? this.renderMapView() : nothing}
        ${this.renderResult(level)}
      </div>
      ${view !== 'map' ? this.renderList(level) : nothing}
      <p class="source">${t.sources(ltr(this.store.data.sourcesDated))}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'crs-office-select': CustomEvent<OfficeSelectDetail>;
  }
}
