/**
 * The base of every CRS element: theme, its own locale, partner data, the visible error state and
 * the version. Rendering is guarded so a bug or bad data never throws into the host page.
 */
import { LitElement, html, type PropertyDeclaration, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { asText, asUrl } from './coerce.js';
import { VERSION } from '../../generated/version.js';
import { LocaleController, directionOf, withLocale, type Locale } from '../i18n/locale.js';
import { DataController } from '../data/data-controller.js';
import type { Dataset } from '../data/types.js';
import { bundledDataFallback, dataProblemMessage, loadingMessage, problemTitle, unexpectedError } from '../i18n/messages.js';
import { themeStyles } from '../styles/theme.js';
import { baseStyles } from '../styles/base.js';
import { loadingStyles } from '../styles/loading.js';
import { statusStyles } from '../status/status.styles.js';
import { forgetColours, reportAdjustedColours } from '../styles/theme-check.js';
import { debugMode, warn } from './warn.js';
import { renderingRefused, showFallback, updateUnlessRefused } from './render-guard.js';
import { oneOf, type Resolved, type Rule } from './attribute-rules.js';
import { holdSize, nextFrame, nextTask, reservedSize } from './own-task.js';

export const THEMES = ['light', 'dark', 'high-contrast', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export { warn };

/** The detail a documented event carries (`crs-contact-action` → `ContactActionDetail`). */
type EventDetail<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** What a widget hands to the widgets it renders inside itself. */
export interface Provided {
  readonly data: Dataset;
  readonly locale: Locale;
}

/** Connected widgets, so `CRSWidgets.debug = true` reaches every one. */
const live = new Set<CrsElement>();

/** Turns on-screen notices of partner mistakes on or off for every widget on the page. */
export function setDebug(on: boolean): void {
  debugMode.on = on;
  for (const el of live) el.requestUpdate();
}

/** A Lit property declaration that may coerce what is set. */
export type CoercedDeclaration = PropertyDeclaration & { coerce?: (name: string, value: unknown) => unknown };

export class CrsElement extends LitElement {
  static version = VERSION;
  static override styles = [themeStyles, baseStyles, loadingStyles, statusStyles];
  static override properties: Record<string, CoercedDeclaration> = {
    theme: { reflect: true, coerce: asText },
    debug: { type: Boolean, reflect: true },
    noHeading: { type: Boolean, attribute: 'no-heading', reflect: true },
    dataSrc: { attribute: 'data-src', coerce: asUrl },
    dataTimeout: { attribute: 'data-timeout', type: Number },
    provided: { attribute: false },
  };

  /**
   * `static properties` may say `coerce`: every value set from script or from the attribute goes
   * through it first (named by its attribute in the warning), so the element, its reflection and
   * its render only see good types. Static properties, not decorators: the decorator helpers cost
   * 2.5 KB gzip in every bundle (measured). The accessors Lit made are wrapped once the class is
   * finalized, not made by an override of `getPropertyDescriptor`: Lit's development build warns of
   * that override in a partner's console.
   */
  protected static override finalize(): void {
    if (this.hasOwnProperty('finalized')) return;
    super.finalize();
    if (!this.hasOwnProperty('properties')) return;
    for (const [name, options] of Object.entries(this.properties as Record<string, CoercedDeclaration>)) {
      const coerce = options.coerce;
      const d = Object.getOwnPropertyDescriptor(this.prototype, name);
      if (!coerce || !d?.set) continue;
      const set = d.set;
      const attr = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
      Object.defineProperty(this.prototype, name, {
        ...d,
        set(this: CrsElement, v: unknown) {
          set.call(this, coerce(`<${this.localName}> ${attr}`, v));
        },
      });
    }
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Colour theme: `light` (default), `dark`, `high-contrast`, or `auto` (follows the system). */
  theme: Theme = 'light';

  /**
   * Shows a partner's mistakes (bad attributes, a bad data file) on screen as well as in the console,
   * while the page is being built. Visitors never see them otherwise.
   */
  debug = false;

  /**
   * For a page that titles the widget with its own heading: the widget does not show its title (the
   * office name, the services list's first section heading, the locator's “Find” heading); its region
   * keeps that title as its accessible name. Set `heading-level` to your heading's level: the
   * widget's headings below its title start one level below yours.
   */
  noHeading = false;

  /** URL of a partner dataset (JSON, see the schema) that replaces the bundled CRS data. */
  dataSrc: string | null = null;

  /** How long (ms) to wait for `data-src` before the bundled data is shown; default 4000. */
  dataTimeout: number | null = null;

  /**
   * Set by the widget this one is rendered in (the locator's cards): its dataset and its language. A
   * widget given them loads nothing, follows the parent's language as it changes, and leaves data
   * problems to the parent, which has shown them. A plain property rather than `@lit/context` (measured:
   * +3.0 KB minified, +0.8 KB gzip): the parent renders the child in its own template, so there is
   * nothing to discover, and the binding says where the values come from.
   * @internal
   */
  provided: Provided | undefined;

  /** The block size the page reserved for the element before it was defined (own-task.ts). */
  private readonly reserved = reservedSize(this);
  protected readonly store = new DataController(this);
  private readonly i18n = new LocaleController(this);
  private handing?: Provided;
  /** Every attribute rule this element declared, in the order its problems are named. */
  private readonly rules: { read: () => unknown; rule: Rule<unknown>; out: Resolved<unknown> }[] = [];
  /** The theme as checked; the attribute itself stays as given (the styles select on it). */
  private readonly checkedTheme = this.attribute(() => this.theme, oneOf('theme', THEMES, 'light'));

  /** The theme in use (an unknown `theme` falls back to light): what nested widgets are given. */
  protected get usedTheme(): Theme {
    return this.checkedTheme.value ?? 'light';
  }

  /**
   * Declares an attribute's rule (attribute-rules.ts): what it allows and falls back to. The result is resolved
   * once per update, after the data, before render; a bad value's problem becomes one of the notices.
   */
  protected attribute<T>(read: () => unknown, rule: Rule<T>): Readonly<Resolved<T>> {
    const out = { value: undefined } as unknown as Resolved<T>;
    this.rules.push({ read, rule, out });
    return out;
  }

  /** The language this widget renders in: its parent's, else resolved from its `lang`, the page and the browser (docs/contract.md, Languages). */
  get locale(): Locale {
    return this.provided?.locale ?? this.i18n.locale;
  }

  /** What this widget hands down: the same object until its data or language changes, so a nested widget re-renders only then. */
  protected get handDown(): Provided {
    const [data, locale] = [this.store.data, this.locale];
    if (this.handing?.data !== data || this.handing.locale !== locale) this.handing = { data, locale };
    return this.handing;
  }

  /** Runs `fn` with `msg()` answering in this widget's language (for code outside render, e.g. type-ahead). */
  protected inLocale<T>(fn: () => T): T {
    return withLocale(this.locale, fn);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    forgetColours(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) void this.i18n.refresh();
  }

  /**
   * A widget whose first render is large first waits for the frame that lays out the widgets queued before it
   * (own-task.ts), so they are laid out in a frame of their own, not in one frame with it.
   * @internal
   */
  protected static firstRenderAfterFrame = false;

  /**
   * The first render waits for a task of its own (own-task.ts), keeping the page's reserved size until
   * then; a widget rendered inside another one renders with it, in its parent's task.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || this.provided) return super.scheduleUpdate();
    const release = this.reserved && this.renderRoot ? holdSize(this.renderRoot, this.reserved) : () => {};
    const turn = (this.constructor as typeof CrsElement).firstRenderAfterFrame ? nextFrame().then(nextTask) : nextTask();
    return turn.then(() => {
      super.scheduleUpdate();
      release();
    });
  }

  /** A page whose Trusted Types policy refuses our templates gets its fallback content, never an error. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (!renderingRefused()) return super.shouldUpdate(changed);
    showFallback(this.renderRoot);
    return false;
  }

  /** Resolves every attribute rule here: the controllers have run, so the data is this update's. */
  protected override update(changed: PropertyValues<this>): void {
    for (const { read, rule, out } of this.rules) Object.assign(out, { problem: undefined }, rule(read(), this.store.data));
    if (changed.has('theme')) reportAdjustedColours(this, this.checkedTheme.value);
    updateUnlessRefused(this.renderRoot, () => super.update(changed));
  }

  /** Every partner mistake this element falls back from is named in the console, in English, once per page. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.store.loading) return;
    for (const notice of withLocale('en', () => this.allNotices())) warn(`<${this.localName}>: ${notice}`);
  }

  /** The bad attributes' problems, in declaration order, then what the element adds. */
  private allNotices(): string[] {
    const bad = this.rules.flatMap(({ out }) => (out.problem ? [out.problem()] : []));
    return [...bad, ...this.notices()];
  }

  /**
   * Fires one of the documented events, as Shoelace's `emit` does: it bubbles and crosses shadow roots, so
   * the page may listen on any ancestor; returns the event. The name types the detail.
   */
  protected emit<K extends keyof HTMLElementEventMap>(name: K, detail: EventDetail<K>): CustomEvent<EventDetail<K>> {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true });
    this.dispatchEvent(event);
    return event;
  }

  /** What the element shows; subclasses override it. */
  protected renderContent(): TemplateResult {
    return html``;
  }

  /** The bundled content, laid out unseen while partner data loads; empty if it cannot be drawn. */
  private placeholderContent(): TemplateResult {
    try {
      return this.renderContent();
    } catch {
      return html``;
    }
  }

  /** Notices this element adds above its content, after the bad attributes' ones; the data notice comes first. */
  protected notices(): string[] {
    return [];
  }

  protected override render(): TemplateResult {
    return this.inLocale(() => this.renderInLocale());
  }

  private renderInLocale(): TemplateResult {
    const locale = this.locale;
    if (this.store.loading) {
      // Partner data may replace any bundled fact, so none is shown (and no notice raised) until it
      // arrives. The bundled content is laid out unseen underneath (hidden from sight, screen readers,
      // find-in-page and focus), so the placeholder has the size the widget will have: nothing jumps
      // when the file arrives, or when the bundled data appears after `data-timeout`.
      return html`<div part="base" class="base" lang=${locale} dir=${directionOf(locale)} aria-busy="true">
        <p class="loading" part="loading">${loadingMessage()}</p>
        <div class="unseen" aria-hidden="true" inert>${this.placeholderContent()}</div>
      </div>`;
    }
    let body: TemplateResult;
    let notices: string[];
    try {
      body = this.renderContent();
      notices = this.allNotices();
    } catch (error) {
      console.error('[crs-widgets]', error);
      body = html``;
      notices = [unexpectedError()];
    }
    const problem = this.store.problem;
    if (problem) notices.unshift(`${dataProblemMessage(problem)} ${bundledDataFallback()}`);
    // Partner mistakes fall back silently for visitors; the console names them, and `debug` shows them here.
    const shown = this.debug || debugMode.on ? notices : [];
    return html`<div part="base" class="base" lang=${locale} dir=${directionOf(locale)}>
      ${shown.length
        ? html`<div class="notice" part="error">
            <strong>${problemTitle()}:</strong> ${shown.map((n, i) => html`${i ? html`<br />` : nothing}${n}`)}
          </div>`
        : nothing}
      ${body}
    </div>`;
  }
}
