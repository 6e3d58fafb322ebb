/**
 * The base of every CRS element: theme, page locale, partner data, the visible error state and
 * the version. Rendering is guarded so a bug or bad data never throws into the host page.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { VERSION } from '../generated/version.js';
import { applyLocale, directionOf, getLocale, registerWidget, unregisterWidget } from './locale.js';
import { DataController } from './data/data-controller.js';
import { bundledDataFallback, dataProblemMessage, problemTitle, unexpectedError } from './messages.js';
import { themeStyles } from './styles/theme.js';
import { baseStyles } from './styles/base.js';
import { reportAdjustedColours } from './styles/theme-check.js';

export const THEMES = ['light', 'dark', 'high-contrast', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export function warn(message: string): void {
  console.warn(`[crs-widgets] ${message}`);
}

@localized()
export class CrsElement extends LitElement {
  static version = VERSION;
  static override styles = [themeStyles, baseStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Colour theme: `light` (default), `dark`, `high-contrast`, or `auto` (follows the system). */
  @property({ reflect: true }) accessor theme: Theme = 'light';

  /** URL of a partner dataset (JSON, see the schema) that replaces the bundled CRS data. */
  @property({ attribute: 'data-src' }) accessor dataSrc: string | null = null;

  protected readonly store = new DataController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    registerWidget(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unregisterWidget(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) void applyLocale();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      warn(`theme="${this.theme}" is not one of ${THEMES.join(', ')}; the light theme is used.`);
    }
    if (changed.has('theme')) reportAdjustedColours(this, this.theme);
  }

  /** What the element shows; subclasses override it. */
  protected renderContent(): TemplateResult {
    return html``;
  }

  /** Notices this element adds above its content (bad attributes); the data notice comes first. */
  protected notices(): string[] {
    return [];
  }

  protected override render(): TemplateResult {
    const locale = getLocale();
    let body: TemplateResult;
    let notices: string[];
    try {
      body = this.renderContent();
      notices = this.notices();
    } catch (error) {
      console.error('[crs-widgets]', error);
      body = html``;
      notices = [unexpectedError()];
    }
    const problem = this.store.problem;
    if (problem) notices.unshift(`${dataProblemMessage(problem)} ${bundledDataFallback()}`);
    return html`<div part="base" class="base" lang=${locale} dir=${directionOf(locale)}>
      ${notices.length
        ? html`<div class="notice" part="error" role="alert">
            <strong>${problemTitle()}:</strong> ${notices.map((n, i) => html`${i ? html`<br />` : nothing}${n}`)}
          </div>`
        : nothing}
      ${body}
    </div>`;
  }
}
