import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { asLevel, asText } from '../core/element/coerce.js';
import { keyed } from 'lit/directives/keyed.js';
import { CrsElement, type CoercedDeclaration } from '../core/element/crs-element.js';
import { sourceLine } from '../core/status/source-line.js';
import { headingLevel, inData, oneOf } from '../core/element/attribute-rules.js';
import { findOffice } from '../core/data/offices.js';
import { FocusGroupController } from '../core/element/focus-group.js';
import '../contact-card/define.js';
import { lookupZip } from './zip.js';
import { byOffice, byPoint, byRegion, byState, byZip, regionOf, type Selection, type SelectVia } from './selection.js';
import { mapModel, regionZoom } from './map-model.js';
import { askPosition } from './position.js';
import { SelectCommit } from './select-commit.js';
import { applyZoom, patternDefs, renderMap } from './map.js';
import type { Zoom } from './map-model.js';
import { MapWidth } from './map-width.js';
import { nextTask } from '../core/element/own-task.js';
import { answerText, renderControls, renderDirectory, renderLegend, renderResult, statesByName } from './panels.js';
import { officeLocatorStyles } from './office-locator.styles.js';
import { mapPaletteStyles, usesBrandMap } from '../core/styles/map-palette.js';
import * as t from './messages.js';
import { statusNotice } from '../core/status/notice.js';
import { helpNow, showsHelp, HELP_MODES, type HelpMode } from '../core/status/help-now.js';
import type { HelpId } from '../core/status/help.js';
import { yearsOf } from '../core/data/source-years.js';
import { showsPhone } from '../contact-card/display-rule.js';
import { isOurs } from '../core/element/define.js';
import { officeName, officePlace } from '../core/data/texts.js';

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


/**
 * Which CRS office serves you: an offline map of every state and territory (one tab stop; arrow keys move
 * in the menu's order), a state menu, a ZIP code field and an optional “Use my location”, all leading to the
 * serving regional office's contact card, the region's field offices and its states, and a list of every office
 * by region. Nothing leaves the page: ZIP codes are looked up in a table inside the file, and a position is used
 * only after the visitor clicks, then dropped.
 *
 * Keyboard: the map is one Tab stop, entered on the chosen state; it is announced as a list, so the arrow
 * keys move in that list's order, the menu's alphabetical one (↓/→ next, ↑/← previous, ← and → swapped
 * right to left), as do Home, End and type-ahead; Enter or Space chooses. The state menu commits a choice as a native select does, once: on a pick,
 * on Enter or on leaving it, not on every arrow key.
 *
 * @tagname crs-office-locator
 * @summary Finds the CRS office that serves a state, ZIP code or location, on an accessible offline map.
 *
 * @attr {string} state - USPS code of a state or territory to preselect (`TX`, `PR`, `GU`…). An unknown code is named in the console (on screen too with `debug`).
 * @attr {string} office - Office id to preselect: `hq`; regional offices `new-england` `northeast` `mid-atlantic` `southeast` `midwest` `southwest` `central` `rocky-mountain` `west` `northwest`; field offices `miami` `detroit` `houston` `san-francisco`. An unknown id is named in the console (on screen too with `debug`).
 * @attr {'map' | 'list' | 'both'} [view=both] - The map with its controls, the list of every office by region, or both. Other values show both with a console warning.
 * @attr {boolean} no-geolocation - Hides “Use my location” (for pages that must not ask for the visitor's position).
 * @attr {'2' | '3' | '4' | '5' | '6'} [heading-level=2] - Level of the widget's headings; the nested contact cards use the levels below. Other values use 2 with a console warning.
 * @attr {string} data-src - URL (`http:` or `https:`, same origin or CORS-enabled, at most 512 KB) of a partner dataset following `schema/crs-data.schema.json`. If it cannot be loaded in time or is invalid, the bundled CRS data is shown and the console names every problem (on screen too with `debug`).
 * @attr {'auto' | 'always' | 'never'} [help=auto] - “Help now”: 911, the FBI for hate crimes (1-800-CALL-FBI, tips.fbi.gov) and the Civil Rights Division's portal, each with its source and date. `auto` shows it while CRS's status in the data is not `operating`; `never` is for pages that give the same help themselves.
 * @attr {boolean} debug - Shows a partner's mistakes (an unknown office or state, a bad attribute, a data file that was not used) on screen as well as in the console, while a page is being built. Without it visitors never see them; `CRSWidgets.debug = true` does the same for every widget.
 * @attr {number} [data-timeout=4000] - Milliseconds to wait for `data-src`: meanwhile a quiet placeholder, then the bundled data.
 * @attr {'light' | 'dark' | 'high-contrast' | 'auto'} [theme=light] - Colour theme; `auto` follows the visitor's system. An unknown value uses `light` with a console warning.
 * @attr {string} lang - This widget's language: `en`, `zh-Hans`, `zh-Hant`, `es`, `vi`, `ko`, `tl` or `ar` (right to left), matched by BCP 47 (`es-MX` → `es`). Without it the widget follows `CRSWidgets.setLocale()`, then the nearest ancestor's `lang`, then the browser. An unsupported tag renders English with a console warning.
 *
 * @fires {CustomEvent<ContactActionDetail>} crs-contact-action - A visitor followed a “help now” link: `{ officeId: null, action: 'call' | 'website', what: 'fbi' | 'civil-rights' }`. The nested contact cards send their own. Bubbles and crosses shadow roots.
 * @fires {CustomEvent<OfficeSelectDetail>} crs-office-select - The visitor chose an office; `via` says how: `map list select zip geolocation`. A preselection by the `state` or `office` attribute fires no event (the page set it and knows it); `via: "attribute"` is kept in the type for compatibility and never sent. Carries no ZIP code and no coordinates. Bubbles and crosses shadow roots.
 *
 * @csspart base - The element's root, carrying `lang` and `dir`.
 * @csspart status-notice - The note on CRS's status (shown while it is not `operating`): what happened, its date, where to check, and its sources.
 * @csspart help - “Help now”: 911, the FBI and the civil-rights portal, with their sources.
 * @csspart controls - The state menu, ZIP field and location button.
 * @csspart map - The map and its legend.
 * @csspart status - The line that announces the answer.
 * @csspart result - The serving office, field offices and states.
 * @csspart list - The list of every office by region.
 * @csspart button - Every button.
 * @csspart error - With `debug`, the on-screen note naming a partner's mistake.
 * @csspart loading - The quiet placeholder (with `aria-busy`) shown while a `data-src` file loads.
 * @csspart source - The source line: who compiled the data, its sources' dates, a link to CRS.
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
 * @cssprop [--crs-color-region-1=#2b6cb0] - Map fill of region 1 in the data's order (bundled: new-england); a pattern tells regions apart too. Dark ignores the light value: set `--crs-dark-color-region-1`. Light #2b6cb0, dark #63b3ed (`--crs-dark-color-region-1`), high contrast #63b3ed.
 * @cssprop [--crs-color-region-2=#2f855a] - Map fill of region 2 in the data's order (bundled: northeast); a pattern tells regions apart too. Dark ignores the light value: set `--crs-dark-color-region-2`. Light #2f855a, dark #68d391 (`--crs-dark-color-region-2`), high contrast #68d391.
 * @cssprop [--crs-color-region-3=#9c4221] - Map fill of region 3 in the data's order (bundled: mid-atlantic); a pattern tells regions apart too. Dark ignores the light value: set `--crs-dark-color-region-3`. Light #9c4221, dark #f6ad55 (`--crs-dark-color-region-3`), high contrast #f6ad55.
 * @cssprop [--crs-color-region-4=#6b46c1] - Map fill of region 4 in the data's order (bundled: southeast); a pattern tells regions apart too. Dark ignores the light value: set `--crs-dark-color-region-4`. Light #6b46c1, dark #b794f4 (`--crs-dark-color-region-4`), high contrast #b794f4.
 * @cssprop [--crs-color-region-5=#975a16] - Map fill of region 5 in the data's order (bundled: midwest); a pattern tells regions apart too. Dark ignores the light value: set `--crs-dark-color-region-5`. Light #975a16, dark #ecc94b (`--crs-dark-color-region-5`), high contrast #ecc94b.
 * @cssprop [--crs-color-region-6=#c53030] - Map fill of region 6 in the data's order (bundled: southwest); a pattern tells regions apart too. Dark ignores the light value: set `--crs-dark-color-region-6`. Light #c53030, dark #fc8181 (`--crs-dark-color-region-6`), high contrast #fc8181.
 * @cssprop [--crs-color-region-7=#2c7a7b] - Map fill of region 7 in the data's order (bundled: central); a pattern tells regions apart too. Dark ignores the light value: set `--crs-dark-color-region-7`. Light #2c7a7b, dark #4fd1c5 (`--crs-dark-color-region-7`), high contrast #4fd1c5.
 * @cssprop [--crs-color-region-8=#5a67d8] - Map fill of region 8 in the data's order (bundled: rocky-mountain); a pattern tells regions apart too. Dark ignores the light value: set `--crs-dark-color-region-8`. Light #5a67d8, dark #a3bffa (`--crs-dark-color-region-8`), high contrast #a3bffa.
 * @cssprop [--crs-color-region-9=#b83280] - Map fill of region 9 in the data's order (bundled: west); a pattern tells regions apart too. Dark ignores the light value: set `--crs-dark-color-region-9`. Light #b83280, dark #f687b3 (`--crs-dark-color-region-9`), high contrast #f687b3.
 * @cssprop [--crs-color-region-10=#4a5568] - Map fill of region 10 in the data's order (bundled: northwest); a pattern tells regions apart too. Dark ignores the light value: set `--crs-dark-color-region-10`. Light #4a5568, dark #cbd5e0 (`--crs-dark-color-region-10`), high contrast #cbd5e0.
 * @cssprop [--crs-color-region-line=#ffffff] - State borders and region pattern lines on the map. Light #ffffff, dark #1b1e23 (`--crs-dark-color-region-line`), high contrast #000000.
 * @cssprop [--crs-color-halo=#ffffff] - Outer band of the map’s two-colour focus and selection outlines. Light #ffffff, dark #000000 (`--crs-dark-color-halo`), high contrast #000000.
 */
export class CrsOfficeLocator extends CrsElement {
  static override styles = [...CrsElement.styles, officeLocatorStyles, mapPaletteStyles];
  /**
   * The largest widget: rendered in one frame with the services list, the two made the demo's longest task.
   * @internal
   */
  protected static override firstRenderAfterFrame = true;
  static override properties: Record<string, CoercedDeclaration> = {
    state: { reflect: true, coerce: asText },
    office: { reflect: true, coerce: asText },
    view: { reflect: true, coerce: asText },
    noGeolocation: { type: Boolean, attribute: 'no-geolocation', reflect: true },
    headingLevel: { attribute: 'heading-level', coerce: asLevel },
    help: { reflect: true, coerce: asText },
    selection: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    locating: { state: true, attribute: false },
    focused: { state: true, attribute: false },
    zoomed: { state: true, attribute: false },
    brandMap: { state: true, attribute: false },
    shapesDrawn: { state: true, attribute: false },
  };

  /** USPS code to preselect. */
  state: string | null = null;
  /** Office id to preselect. */
  office: string | null = null;
  /** `map`, `list` or `both`. */
  view: string = 'both';
  /** Hide "Use my location". */
  noGeolocation = false;
  /** Level of the widget's headings (2–6). */
  headingLevel: string | number | null = null;
  /** "Help now" (911, FBI, civil-rights portal): `auto` (while CRS is not operating), `always` or `never`. */
  help: HelpMode = 'auto';

  // The attributes' rules, resolved by the base class.
  private readonly shownView = this.attribute(() => this.view, oneOf('view', VIEWS, 'both'));
  private readonly level = this.attribute(() => this.headingLevel, headingLevel);
  private readonly checkedHelp = this.attribute(() => this.help, oneOf('help', HELP_MODES, 'auto'));

  private selection: Selection | undefined;
  /** Answers given so far: each new one is announced, even when it repeats the last. */
  private answers = 0;
  private problem: Problem | undefined;
  private locating = false;
  private focused: string | undefined;
  private zoomed = false;
  /** `--crs-map-palette: brand` on the page, read whenever the map is measured (it is drawn only with the map). */
  private brandMap = false;
  /**
   * The map's shapes come one task after the rest (own-task.ts): the controls, the answer and the list are
   * usable first, and the map, whose frame already has its final size, fills in without moving anything.
   */
  private shapesDrawn = false;
  private shapes?: Promise<void>;
  private appliedData?: unknown;
  /** The zoom the last render drew, applied once the map is in the DOM. */
  private zoom?: Zoom;
  private readonly mapWidth = new MapWidth(this, '.map-svg', () => (this.brandMap = usesBrandMap(this)));
  /** Counts problems, so the same one said twice is announced twice. */
  private tries = 0;

  constructor() {
    super();
    // Checked only to name an unknown one: what a known one preselects is the selection's (willUpdate).
    this.attribute(() => this.state, inData((data, code) => regionOf(data, code.toUpperCase()), t.unknownState));
    this.attribute(() => this.office, inData(findOffice, t.unknownOffice));
  }

  /** The map's keys: the options in the menu's (announced) order, one Tab stop on the chosen state. */
  private readonly mapKeys = new FocusGroupController<SVGGElement>(this, {
    items: () => [...this.renderRoot.querySelectorAll<SVGGElement>('.state[role="option"]')],
    key: (item) => item.dataset.state!,
    roving: true,
    // The chosen state, else the first state of the chosen region (inside its zoom), else the first.
    initial: () => this.selection?.state ?? this.renderRoot.querySelector<SVGGElement>('.state.in-region')?.dataset.state,
    names: (item) => [item.dataset.name!, item.dataset.state!],
    direction: 'both',
  });

  /** Focus on a state outside the zoomed region shows the whole country again, so the focus is seen. */
  private showFocused(code: string): void {
    if (this.zoomed && regionOf(this.store.data, code)?.id !== this.selection?.regionId) this.zoomed = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Attributes preselect, silently; new partner data re-applies them.
    if (changed.has('state') || changed.has('office') || this.appliedData !== this.store.data) {
      this.appliedData = this.store.data;
      const code = this.state?.trim().toUpperCase() ?? '';
      const id = this.office?.trim();
      const preset = id ? byOffice(this.store.data, id, 'attribute', code) : byState(this.store.data, code, 'attribute');
      if (preset || changed.has('state') || changed.has('office')) {
        [this.selection, this.zoomed] = [preset, Boolean(preset?.regionId)];
        this.mapKeys.forget();
      }
    }
  }

  protected override firstUpdated(): void {
    this.shapes = nextTask().then(() => {
      this.shapesDrawn = true;
    });
  }

  /** `updateComplete` includes the map's shapes, which the first update leaves to the next task. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    if (!this.shapes || this.shapesDrawn) return first;
    await this.shapes;
    return super.getUpdateComplete();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyZoom(this.renderRoot, this.zoom);
  }

  /** A visitor's choice: shown, zoomed to, announced and reported; the control used stays in view. */
  private choose(selection: Selection | undefined): void {
    if (!selection) return;
    [this.selection, this.problem, this.zoomed] = [selection, undefined, Boolean(selection.regionId)];
    // Tab into the map comes to this answer's state, not to one visited before.
    this.mapKeys.forget();
    this.answers++;
    const { officeId, regionId, state, via } = selection;
    this.emit('crs-office-select', { officeId, regionId, state, via });
    // The answer is announced (role="status") and comes first in reading order; the page does not jump to
    // it. Focus stays on the control the visitor used, and that control stays in view when the answer above
    // it grows.
    const used = (this.renderRoot as ShadowRoot).activeElement as Element | null;
    // A state on the map moves while the map zooms to its region; the map itself does not, and the
    // state ends inside it: keep the whole map in view.
    const kept = used instanceof SVGElement ? (used.closest('svg') ?? used) : used;
    // At once, not smoothly: it corrects a shift the page made, it is not a move the visitor asked for.
    void this.updateComplete.then(() => kept?.isConnected && kept.scrollIntoView({ block: 'nearest' }));
  }

  private fail(problem: Problem): void {
    this.problem = problem;
    // A malformed ZIP leaves no answer standing that it did not give.
    if (problem.kind === 'zip') this.selection = undefined;
  }

  private readonly menu = new SelectCommit((code) => {
    if (code && code !== this.selection?.state) this.choose(byState(this.store.data, code, 'select'));
  });

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
    this.locating = true;
    askPosition((answer) => {
      this.locating = false;
      if (answer.ok) this.choose(byPoint(this.store.data, answer.lat, answer.lon));
      else this.fail({ kind: 'geo', reason: answer.problem, tries: ++this.tries });
    });
  };

  private showCountry = (): void => {
    this.zoomed = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>('.state[tabindex="0"]')?.focus());
  };

  /** The office's card; where the page defined `crs-contact-card` itself, the office's name and place only. */
  private card = (id: string, compact: boolean, level: number): TemplateResult => {
    if (!isOurs(customElements.get('crs-contact-card'))) {
      const office = this.store.office(id);
      return office ? html`<p class="office-plain">${officeName(office, this.locale)} — ${officePlace(office)}</p>` : html``;
    }
    return html`<crs-contact-card exportparts="card, title, actions, button, source, status-notice, help" office=${id} ?compact=${compact} heading-level=${level} theme=${this.usedTheme} .provided=${this.handDown}></crs-contact-card>`;
  };

  /** The years of the contacts the locator's cards can show (confirmed phones, emails), for the status notice. */
  private contactYears() {
    const offices = this.store.data.offices;
    return yearsOf(offices.flatMap((o) => [showsPhone(o) ? o.provenance.phone?.source : undefined, o.email ? o.provenance.email?.source : undefined]));
  }

  private helpAction = (action: 'call' | 'website', what: HelpId): void => {
    this.emit('crs-contact-action', { officeId: null, action, what });
  };

  private renderMapView(order: string[]): TemplateResult {
    const locale = this.locale;
    const data = this.store.data;
    const s = this.selection;
    const { states, pins } = this.shapesDrawn ? mapModel(data, s, order) : { states: [], pins: [] };
    const region = data.regions.find((r) => r.id === s?.regionId);
    const zoom = (this.zoom = this.zoomed && region ? regionZoom(region.states, s?.state ?? null, this.mapWidth.width) : undefined);
    return html`<div class="map" part="map" @keydown=${this.onMapKey} @focusin=${this.onMapFocus} @focusout=${this.onMapFocus}>
      ${renderMap({
        label: t.mapLabel(), statesLabel: t.statesLabel(), describedBy: 'map-keys-short', states, pins, focused: this.focused, zoom,
        mapPx: this.mapWidth.width,
        onState: (code) => this.choose(byState(data, code, 'map')),
      })}
      ${zoom ? html`<button class="button secondary whole-country" part="button" type="button" @click=${this.showCountry}>${t.wholeCountry()}</button>` : nothing}
      <span id="map-keys-short" hidden>${t.mapKeysShort()}</span>
      <p class="hint keys">${t.mapKeys()}</p>
      ${renderLegend(data, locale)}
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
    if (this.focused) this.showFocused(this.focused);
  };

  protected override renderContent(): TemplateResult {
    const locale = this.locale;
    const level = this.level.value;
    const view = this.shownView.value;
    const s = this.selection;
    const order = statesByName(this.store.data, locale);
    const p = this.problem;
    const status = this.locating ? t.locating() : s ? answerText(this.store.data, s, locale) : '';
    return html`<div class="locator view-${view} ${this.brandMap ? 'brand-map' : ''}" role=${this.noHeading ? 'region' : nothing} aria-label=${this.noHeading ? t.title() : nothing}>
      ${patternDefs()}
      ${this.noHeading ? nothing : html`<div class="section-heading" role="heading" aria-level=${level}>${t.title()}</div>`}
      ${statusNotice(this.store.data, locale, { about: 'contacts', contactYears: this.contactYears() })}
      ${showsHelp(this.checkedHelp.value, this.store.data.status) ? helpNow(locale, level + 1, this.helpAction) : nothing}
      ${renderControls({
        order, selected: s?.state ?? '', zipInvalid: p?.kind === 'zip', zipTries: p?.tries ?? 0, geolocation: !this.noGeolocation, locating: this.locating,
        onSelectKey: this.menu.onKeydown, onSelectChange: this.menu.onChange, onSelectBlur: this.menu.onBlur,
        onSelectPointer: this.menu.onPointerdown, onZip: this.onZip, onLocate: this.locate,
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
      <p class="source" part="source">${sourceLine(this.store.data, this.locale)}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'crs-office-select': CustomEvent<OfficeSelectDetail>;
  }
}
