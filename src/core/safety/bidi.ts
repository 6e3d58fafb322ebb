/**
 * Bidi safety for data shown inside translated text. A partner's city of `Hous\u202Eton` must not
 * reorder the rest of the line (the ZIP code, the state), in either direction of text.
 */
import { html, type TemplateResult } from 'lit';
import { stripBidiControls } from './links.js';

export { stripBidiControls };

/**
 * One data field, isolated (`<bdi>`) and without bidi controls: whatever it holds cannot change
 * the order of the text around it. `dir="ltr"` for numbers, addresses and URLs, else the direction
 * comes from the value itself.
 */
export function dataField(value: string | undefined | null, dir?: 'ltr'): TemplateResult {
  const text = value === undefined || value === null ? '' : stripBidiControls(value);
  return dir ? html`<bdi dir="ltr">${text}</bdi>` : html`<bdi>${text}</bdi>`;
}
