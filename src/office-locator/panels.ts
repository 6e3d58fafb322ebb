/**
 * The locator's text panels as template functions of facts: the controls, the answer's office and
 * its region, and every office by region. Called from render, so their words follow the widget's
 * language; the element passes the callbacks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { officeName, officePlace, regionName } from '../core/data/texts.js';
import { stateName } from '../core/data/place-names.js';
import { STATE_CODES } from '../core/data/states.js';
import type { Dataset, Region } from '../core/data/types.js';
import { isOperating } from '../core/data/status.js';
import { assignmentProvenance, markWords, withMark } from '../core/status/provenance.js';
import { renderingLocale } from '../core/i18n/locale-registry.js';
import { gap } from '../core/i18n/typography.js';
import { STATE_ORDER } from '../generated/state-order.js';
import { pinIcon, swatch } from './map.js';
import * as t from './messages.js';
import type { Reason, Selection } from './selection.js';

const bundled = new Set<string>(STATE_CODES);
const FIRST_CODE_CHAR = 35;

/**
 * States in the visitor's alphabet: the menu's order, and the map's option, Home/End and type-ahead
 * order. The bundled state list's order per locale is collated at build time (scripts/build-collation.mjs);
 * partner data listing other states is collated here.
 */
export function statesByName(data: Dataset, locale: string): string[] {
  const codes = data.regions.flatMap((r) => r.states);
  const table = STATE_ORDER[locale];
  if (table && codes.length === bundled.size && new Set(codes).size === codes.length && codes.every((c) => bundled.has(c))) {
    // One character per state: its index in STATE_CODES, offset past the quote and backslash (scripts/build/collation.mjs).
    return [...table].map((c) => STATE_CODES[c.charCodeAt(0) - FIRST_CODE_CHAR]);
  }
  const collator = new Intl.Collator(locale);
  return codes.sort((a, b) => collator.compare(stateName(a), stateName(b)));
}

export interface ControlsOptions {
  order: string[];
  selected: string;
  zipInvalid: boolean;
  /** Counts ZIP problems, so the same error said twice is announced twice. */
  zipTries: number;
  geolocation: boolean;
  locating: boolean;
  onSelectKey: (event: KeyboardEvent) => void;
  onSelectChange: (event: Event) => void;
  onSelectBlur: (event: Event) => void;
  onSelectPointer: () => void;
  onZip: (event: Event) => void;
  onLocate: () => void;
}

export function renderControls(o: ControlsOptions): TemplateResult {
  return html`<div class="controls" part="controls">
    <div class="field">
      <label for="state-select">${t.stateLabel()}</label>
      <!-- .value keeps the menu on the answer's state after a ZIP or map answer (selectedness alone goes stale once
           the visitor has used the menu); set only when the answer changes, never mid-choice. -->
      <select id="state-select" .value=${o.selected} @pointerdown=${o.onSelectPointer} @keydown=${o.onSelectKey} @change=${o.onSelectChange} @blur=${o.onSelectBlur}>
        <option value="" ?selected=${!o.selected}>${t.choose()}</option>
        ${o.order.map((code) => html`<option value=${code} ?selected=${code === o.selected}>${stateName(code)}</option>`)}
      </select>
    </div>
    <form class="field zip" @submit=${o.onZip} novalidate>
      <label for="zip">${t.zipLabel()}</label>
      <div class="inline">
        <input id="zip" name="zip" inputmode="numeric" autocomplete="postal-code" maxlength="10" size="7" dir="ltr"
          aria-invalid=${o.zipInvalid ? 'true' : 'false'} aria-describedby="zip-hint zip-error" />
        <button class="button" part="button" type="submit">${t.find()}</button>
      </div>
      <span id="zip-hint" class="hint">${t.zipHint()}</span>
      <span id="zip-error" class="error-text" role="alert">${o.zipInvalid ? keyed(o.zipTries, html`<span>${t.zipInvalid()}</span>`) : nothing}</span>
    </form>
    ${o.geolocation
      ? html`<div class="field geo">
          <!-- aria-disabled, not disabled: the button keeps focus while the browser looks. -->
          <button class="button secondary" part="button" type="button" aria-disabled=${o.locating ? 'true' : 'false'} @click=${o.onLocate}>
            ${o.locating ? t.locating() : t.useLocation()}
          </button>
          <span class="hint">${t.privacy()}</span>
        </div>`
      : nothing}
  </div>`;
}

/**
 * The answer in one line: the reason's fact, then the one office for the place — in the past while CRS is
 * not operating — with the mark of an assignment no current source confirms, then its distance.
 */
export function answerText(data: Dataset, s: Selection, locale: string): string {
  const office = data.offices.find((o) => o.id === s.officeId);
  const region = data.regions.find((r) => r.id === s.regionId);
  if (!office) return '';
  const name = officeName(office, locale);
  const place = officePlace(office);
  const operating = isOperating(data.status);
  const mark = region ? markWords(s.state ? assignmentProvenance(region, s.state) : region.provenance) : '';
  // A field office works within a region the regional office serves: say where it is, not that it serves the region.
  const serves = office.kind === 'field' && region
    ? t.answerField(name, place, regionName(region, locale), operating)
    : region
    ? s.state
      ? t.answerState(t.stateInSentence(s.state), name, place, operating)
      : t.answerRegion(regionName(region, locale), name, place, operating)
    : t.answerHq();
  const r = s.reason;
  const distance = r.kind === 'located' ? t.distance(place, r.km) : '';
  return [...reasonFacts(r), serves, mark, distance].filter(Boolean).join(gap(locale));
}

/** The fact a reason states before the answer; each sentence once. */
function reasonFacts(r: Reason): string[] {
  switch (r.kind) {
    case 'zip-state': return [t.zipInState(r.zip, t.stateInSentence(r.state))];
    case 'zip-military': return [t.zipMilitary(r.zip)];
    case 'zip-unassigned': return [t.zipUnassigned(r.zip)];
    case 'located': return [t.youAreIn(t.stateInSentence(r.state))];
    case 'outside': return [t.outside()];
    default: return [];
  }
}

/** A state's name with the mark of its assignment when no current source confirms it. */
const markedState = (region: Region, code: string): string => withMark(stateName(code), region.stateProvenance?.[code]);

/** The region's states, marked as the region's assignment is (its own states' marks inline). */
function stateList(region: Region): TemplateResult {
  const mark = markWords(region.provenance);
  return html`${region.states.map((c) => markedState(region, c)).join(t.separator())}${mark ? html`${gap(renderingLocale())}<span class="states-mark">${mark}</span>` : nothing}`;
}

export function renderResult(data: Dataset, s: Selection | undefined, level: number, card: (id: string, compact: boolean, level: number) => TemplateResult, locale: string): TemplateResult {
  if (!s) return html`<div class="result" part="result"><p class="hint">${t.prompt(isOperating(data.status))}</p></div>`;
  const sub = Math.min(level + 1, 6);
  const region = data.regions.find((r) => r.id === s.regionId);
  const fieldOffices = region ? data.offices.filter((o) => o.kind === 'field' && o.region === region.id && o.id !== s.officeId) : [];
  return html`<div class="result" part="result">
    ${card(s.officeId, false, sub)}
    ${fieldOffices.length
      ? html`<div class="sub-heading" role="heading" aria-level=${sub}>${t.fieldOffices()}</div>
          ${fieldOffices.map((o) => card(o.id, true, Math.min(sub + 1, 6)))}`
      : nothing}
    ${region
      ? html`<div class="sub-heading" role="heading" aria-level=${sub}>${t.statesServed(regionName(region, locale))}</div>
          ${markWords(region.provenance) ? html`<p class="states-mark">${markWords(region.provenance)}</p>` : nothing}
          <ul class="state-list">${region.states.map((c) => html`<li>${markedState(region, c)}</li>`)}</ul>`
      : nothing}
  </div>`;
}

export function renderDirectory(
  data: Dataset,
  current: string | null | undefined,
  level: number,
  locale: string,
  on: { region: (id: string) => void; office: (id: string) => void },
): TemplateResult {
  const sub = Math.min(level + 1, 6);
  return html`<section class="directory" part="list">
    <div class="section-heading" role="heading" aria-level=${level}>${t.allOffices()}</div>
    <ul class="regions">
      ${data.regions.map((region, index) => {
        const name = regionName(region, locale);
        const here = current === region.id;
        return html`<li class="region ${here ? 'is-current' : ''}" aria-current=${here ? 'true' : 'false'} data-region=${region.id}>
          <div class="region-head">${swatch(index)}<div role="heading" aria-level=${sub}>${name}</div></div>
          <ul class="offices">
            ${data.offices
              .filter((o) => o.region === region.id)
              .map((o) => html`<li><button class="office-button" type="button" data-office=${o.id} @click=${() => on.office(o.id)}>
                ${pinIcon(o.kind)}<span>${officeName(o, locale)} — ${officePlace(o)}</span>
              </button></li>`)}
          </ul>
          <p class="states">${stateList(region)}</p>
          <button class="button secondary" part="button" type="button" @click=${() => on.region(region.id)}>${t.chooseRegion(name)}</button>
        </li>`;
      })}
    </ul>
  </section>`;
}

export const renderLegend = (data: Dataset, locale: string): TemplateResult =>
  html`<div class="legend" aria-label=${t.legend()} role="group">
    <ul class="legend-regions">${data.regions.map((r, i) => html`<li>${swatch(i)}${regionName(r, locale)}</li>`)}</ul>
    <ul class="legend-pins">
      ${(['headquarters', 'regional', 'field'] as const).map((kind) => html`<li>${pinIcon(kind)}${t.kindName(kind)}</li>`)}
    </ul>
  </div>`;
