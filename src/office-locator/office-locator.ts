import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { CrsElement, warn } from '../core/crs-element.js';
import { getLocale } from '../core/locale.js';
import { parseHeadingLevel, warnBadHeadingLevel } from '../core/heading.js';
import { ltr } from '../core/links.js';
import { FocusGroupController } from '../core/focus-group.js';
import { officeName, officePlace, regionName } from '../core/data/texts.js';
import { stateName } from '../core/data/place-names.js';
import { SHAPES, INSETS } from '../generated/map-geometry.js';
import '../contact-card/define.js';
import { lookupZip } from './zip.js';
import { neighbourInDirection } from './navigation.js';
import { byOffice, byPoint, byRegion, byState, byZip, officeById, regionOf, regionalOffice, type Selection, type SelectVia } from './selection.js';
import { pinPosition, regionZoom, type MapPin, type MapState } from './map-model.js';
import { patternDefs, pinIcon, renderMap, swatch } from './map.js';
import { answerText, renderControls, renderDirectory, renderResult } from './panels.js';
import { officeLocatorStyles } from './office-locator.styles.js';
import * as t from './messages.js';

export type { SelectVia } from './selection.js';
export interface OfficeSelectDetail {
  officeId: string;
  regionId: string | null;
  state: string | null;
  via: SelectVia;
}
export const VIEWS = ['map', 'list', 'both'] as const;
export type LocatorView = (typeof VIEWS)[number];

/** What went wrong, as a fact: a malformed ZIP, or why the browser gave no position. */
type Problem = { kind: 'zip'; tries: number } | { kind: 'geo'; reason: t.GeoProblem; tries: number };

const GEO_TIMEOUT_MS = 15_000;
/** Keys with which a closed <select> changes its value: the choice is committed on Enter or on leaving. */
const BROWSING_KEYS = /^(Arrow(Up|Down|Left|Right)|Home|End|Page(Up|Down)|.)$/u;
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Which CRS office serves you: an offline map of every state and territory, a state menu, a ZIP
 * code field and an optional "Use my location", all leading to the serving regional office's contact
 * card, the region's field offices and its states. Nothing leaves the page.
 *
 * Keyboard: the map is one Tab stop; the arrow keys move across it as on a grid laid out like the map
 * (the opposite arrow goes back), Home, End and type-ahead follow the menu's alphabetical order, and
 * Enter or Space chooses. The state menu commits a choice as a native select does, once: on a pick,
 * on Enter or on leaving it, not on every arrow key.
 *
 * @tagname crs-office-locator
 * @summary Finds the CRS office that serves a state, ZIP code or location, on an accessible offline map.
 *
 * @attr state - USPS code to preselect (`TX`, `PR`…).
 * @attr office - Office id to preselect (`southwest`, `houston`, `hq`…).
 * @attr view - `map`, `list` or `both` (default): the map, the list of every office by region, or both.
 * @attr no-geolocation - Boolean: hide "Use my location".
 * @attr heading-level - Level of the widget's headings, 2–6 (default 2).
 * @attr data-src - URL of a partner dataset (JSON Schema in `schema/crs-data.schema.json`).
 * @attr theme - `light` (default), `dark`, `high-contrast` or `auto`.
 * @attr lang - Language for the widgets on the page.
 *
 * @fires {CustomEvent<OfficeSelectDetail>} crs-office-select - The visitor chose an office; `via` says how: `map list select zip geolocation`. A preselection by the `state` or `office` attribute fires no event (the page set it and knows it); `via: "attribute"` is kept in the type for compatibility and never sent.
 *
 * @csspart base - The element's root, carrying `lang` and `dir`.
 * @csspart controls - The state menu, ZIP field and location button.
 * @csspart map - The map and its legend.
 * @csspart status - The line that announces the answer.
 * @csspart result - The serving office, field offices and states.
 * @csspart list - The list of every office by region.
 * @csspart button - Every button.
 * @csspart error - The visible notice for bad input.
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
  /** Answers given so far: each new one is announced, even when it repeats the last. */
  @state() private accessor answers = 0;
  @state() private accessor problem: Problem | undefined;
  @state() private accessor locating = false;
  @state() private accessor focused: string | undefined;
  @state() private accessor zoomed = false;
  @state() private accessor mapWidth = 0;
  private appliedData?: unknown;
  private resize?: ResizeObserver;
  /** Counts problems, so the same one said twice is announced twice. */
  private tries = 0;
  /** The state menu's value moved by keys and is not committed yet. */
  private selectBrowsing = false;

  private readonly mapKeys = new FocusGroupController<SVGGElement>(this, {
    items: () => [...this.renderRoot.querySelectorAll<SVGGElement>('.state[role="option"]')],
    key: (item) => item.dataset.state!,
    roving: true,
    initial: () => this.selection?.state ?? undefined,
    names: (item) => [item.dataset.name!, item.dataset.state!],
    direction: (from, key, items) => {
      const code = neighbourInDirection(from.dataset.state!, key, (c) => items.some((i) => i.dataset.state === c));
      return items.find((i) => i.dataset.state === code);
    },
    onMove: (item) => {
      // Moving to a state outside the zoomed region shows the whole country again.
      if (this.zoomed && regionOf(this.store.data, item.dataset.state!)?.id !== this.selection?.regionId) this.zoomed = false;
    },
  });

  private get shownView(): LocatorView {
    return (VIEWS as readonly string[]).includes(this.view) ? (this.view as LocatorView) : 'both';
  }

  /** States in the visitor's alphabet: the menu's order and the map's option, Home/End and type-ahead order. */
  private sortedStates(): string[] {
    const collator = new Intl.Collator(getLocale());
    return this.store.data.regions.flatMap((r) => r.states).sort((a, b) => collator.compare(stateName(a), stateName(b)));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) warnBadHeadingLevel(this.localName, this.headingLevel);
    if (changed.has('view') && this.shownView !== this.view) warn(`<${this.localName} view="${this.view}">: use map, list or both; showing both.`);
    // Attributes preselect, silently; new partner data re-applies them.
    if (changed.has('state') || changed.has('office') || this.appliedData !== this.store.data) {
      this.appliedData = this.store.data;
      const code = this.state?.trim().toUpperCase() ?? '';
      const id = this.office?.trim();
      const preset = id ? byOffice(this.store.data, id, 'attribute', code) : byState(this.store.data, code, 'attribute');
      if (preset || changed.has('state') || changed.has('office')) [this.selection, this.zoomed] = [preset, Boolean(preset?.regionId)];
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const svg = this.renderRoot.querySelector('.map-svg');
    if (svg && !this.resize && 'ResizeObserver' in window) {
      this.resize = new ResizeObserver(([entry]) => (this.mapWidth = Math.round(entry.contentRect.width)));
      this.resize.observe(svg);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.resize = undefined;
  }

  protected override notices(): string[] {
    const notices: string[] = [];
    const code = this.state?.trim();
    if (code && !regionOf(this.store.data, code.toUpperCase())) notices.push(t.unknownState(code));
    const id = this.office?.trim();
    if (id && !officeById(this.store.data, id)) notices.push(t.unknownOffice(id));
    if (this.shownView !== this.view) notices.push(t.badView(this.view));
    return notices;
  }

  /** A visitor's choice: shown, zoomed to, scrolled into view, announced and reported. */
  private choose(selection: Selection | undefined): void {
    if (!selection) return;
    [this.selection, this.problem, this.zoomed] = [selection, undefined, Boolean(selection.regionId)];
    this.answers++;
    const { officeId, regionId, state, via } = selection;
    const detail: OfficeSelectDetail = { officeId, regionId, state, via };
    this.dispatchEvent(new CustomEvent('crs-office-select', { detail, bubbles: true, composed: true }));
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector('.answer')?.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' }),
    );
  }

  private fail(problem: Problem): void {
    this.problem = problem;
    // A malformed ZIP leaves no answer standing that it did not give.
    if (problem.kind === 'zip') this.selection = undefined;
  }

  private onSelectKey = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') this.commitSelect(event.target as HTMLSelectElement);
    // Space, Alt+Down and F4 open the list: the pick then commits on change.
    else this.selectBrowsing = event.key !== ' ' && !event.altKey && BROWSING_KEYS.test(event.key);
  };

  private onSelectChange = (event: Event): void => {
    if (!this.selectBrowsing) this.commitSelect(event.target as HTMLSelectElement);
  };

  private onSelectBlur = (): void => {
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#state-select');
    if (select && this.selectBrowsing) this.commitSelect(select);
  };

  private commitSelect(select: HTMLSelectElement): void {
    this.selectBrowsing = false;
    if (select.value && select.value !== this.selection?.state) this.choose(byState(this.store.data, select.value, 'select'));
  }

  private onZip = (event: Event): void => {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#zip')!;
    const lookup = lookupZip(input.value);
    if (lookup.kind !== 'invalid') return this.choose(byZip(this.store.data, lookup));
    this.fail({ kind: 'zip', tries: ++this.tries });
    input.focus();
  };

  private locate = (): void => {
    if (this.locating) return;
    if (!('geolocation' in navigator) || !window.isSecureContext) return this.fail({ kind: 'geo', reason: 'unavailable', tries: ++this.tries });
    this.locating = true;
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        this.locating = false;
        this.choose(byPoint(this.store.data, coords.latitude, coords.longitude));
      },
      (error) => {
        this.locating = false;
        const reason = error.code === error.PERMISSION_DENIED ? 'denied' : error.code === error.TIMEOUT ? 'timeout' : 'unavailable';
        this.fail({ kind: 'geo', reason, tries: ++this.tries });
      },
      { enableHighAccuracy: false, timeout: GEO_TIMEOUT_MS, maximumAge: 10 * 60_000 },
    );
  };

  private showCountry = (): void => {
    this.zoomed = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>('.state[tabindex="0"]')?.focus());
  };

  private card = (id: string, compact: boolean, level: number): TemplateResult =>
    html`<crs-contact-card office=${id} ?compact=${compact} heading-level=${level} theme=${this.theme} data-src=${this.dataSrc ?? ''}></crs-contact-card>`;

  private renderMapView(order: string[]): TemplateResult {
    const locale = getLocale();
    const data = this.store.data;
    const s = this.selection;
    const states: MapState[] = order.filter((code) => SHAPES[code]).map((code) => {
      const region = regionOf(data, code)!;
      const office = regionalOffice(data, region.id);
      // Insets and call-outs show the code; speech-input users say what they see, so the name includes it.
      const name = INSETS[code] ? `${stateName(code)} (${code})` : stateName(code);
      return {
        code, name: stateName(code), regionIndex: data.regions.indexOf(region), selected: code === s?.state, inRegion: region.id === s?.regionId,
        label: office ? t.stateServedBy(name, officeName(office, locale), officePlace(office)) : name,
      };
    });
    const pins: MapPin[] = data.offices.flatMap((o) => {
      const at = pinPosition(o);
      return at ? [{ id: o.id, kind: o.kind, label: t.pinLabel(officeName(o, locale), officePlace(o), o.kind), x: at[0], y: at[1] }] : [];
    });
    const region = data.regions.find((r) => r.id === s?.regionId);
    const zoom = this.zoomed && region ? regionZoom(region.states, s?.state ?? null, this.mapWidth) : undefined;
    return html`<div class="map" part="map" @keydown=${this.onMapKey} @focusin=${this.onMapFocus} @focusout=${this.onMapFocus}>
      ${renderMap({
        label: t.mapLabel(), statesLabel: t.statesLabel(), describedBy: 'map-keys', states, pins, focused: this.focused, zoom,
        onState: (code) => this.choose(byState(data, code, 'map')),
        onPin: (id) => this.choose(byOffice(data, id, 'map')),
      })}
      ${zoom ? html`<button class="button secondary whole-country" part="button" type="button" @click=${this.showCountry}>${t.wholeCountry()}</button>` : nothing}
      <p id="map-keys" class="hint keys">${t.mapKeys()}</p>
      <div class="legend" aria-label=${t.legend()} role="group">
        <ul class="legend-regions">${data.regions.map((r, i) => html`<li>${swatch(i)}${regionName(r, locale)}</li>`)}</ul>
        <ul class="legend-pins">
          ${(['headquarters', 'regional', 'field'] as const).map((kind) => html`<li>${pinIcon(kind)}${t.kindName(kind)}</li>`)}
        </ul>
      </div>
    </div>`;
  }

  /** Enter and Space choose the focused state (never a remembered one); the focus group does the rest. */
  private onMapKey = (event: KeyboardEvent): void => {
    const code = (event.target as Element).closest?.<SVGGElement>('.state[role="option"]')?.dataset.state;
    if (code && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      this.choose(byState(this.store.data, code, 'map'));
    } else this.mapKeys.onKeydown(event);
  };

  private onMapFocus = (event: FocusEvent): void => {
    if (event.type === 'focusin') this.mapKeys.onFocusin(event);
    const target = (event.type === 'focusin' ? event.target : event.relatedTarget) as Element | null;
    this.focused = target?.matches?.('.state[role="option"]') ? (target as SVGGElement).dataset.state : undefined;
  };

  protected override renderContent(): TemplateResult {
    const locale = getLocale();
    const level = parseHeadingLevel(this.headingLevel).level;
    const view = this.shownView;
    const s = this.selection;
    const order = this.sortedStates();
    const p = this.problem;
    const status = this.locating ? t.locating() : s ? answerText(this.store.data, s, locale) : '';
    return html`<div class="locator view-${view}">
      ${patternDefs()}
      <div class="section-heading" role="heading" aria-level=${level}>${t.title()}</div>
      ${renderControls({
        order, selected: s?.state ?? '', zipInvalid: p?.kind === 'zip', zipTries: p?.tries ?? 0, geolocation: !this.noGeolocation, locating: this.locating,
        onSelectKey: this.onSelectKey, onSelectChange: this.onSelectChange, onSelectBlur: this.onSelectBlur, onZip: this.onZip, onLocate: this.locate,
      })}
      ${p?.kind === 'geo' ? html`<p class="geo-message" role="alert">${keyed(p.tries, html`<span>${t.geoProblem(p.reason)}</span>`)}</p>` : nothing}
      <p class="answer" part="status" role="status" aria-atomic="true">${keyed(this.answers, html`<span>${status}</span>`)}</p>
      <div class="main">
        ${renderResult(this.store.data, s, level, this.card, locale)}
        ${view !== 'list' ? this.renderMapView(order) : nothing}
      </div>
      ${view !== 'map'
        ? renderDirectory(this.store.data, s?.regionId, level, locale, {
            region: (id) => this.choose(byRegion(this.store.data, id, 'list')),
            office: (id) => this.choose(byOffice(this.store.data, id, 'list')),
          })
        : nothing}
      <p class="source">${t.sources(ltr(this.store.data.sourcesDated))}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'crs-office-select': CustomEvent<OfficeSelectDetail>;
  }
}
