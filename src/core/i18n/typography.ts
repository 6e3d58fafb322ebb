/**
 * Punctuation that differs by script where the widgets join pieces themselves (translated sentences,
 * links): Chinese sets no space between sentences or after full-width punctuation, and uses full-width
 * parentheses and full stop. Everything inside one message is the translator's.
 */
import { html, type TemplateResult } from 'lit';

const fullWidth = (locale: string): boolean => locale.startsWith('zh');

/** The space between two sentences (none in Chinese). */
export const gap = (locale: string): string => (fullWidth(locale) ? '' : ' ');

/** `(inner)`, or `（inner）` in Chinese. */
export const parens = (locale: string, inner: unknown): TemplateResult =>
  fullWidth(locale) ? html`（${inner}）` : html`(${inner})`;

/** The full stop that ends a sentence the widget closes itself (after a link). */
export const fullStop = (locale: string): string => (fullWidth(locale) ? '。' : '.');
