/**
 * Links inside translated sentences. Messages are plain strings (the compact translation format carries
 * no markup), so a sentence takes a private-use marker where each part goes and is cut there: translators
 * still place the link where their language puts it.
 */
import { html, type TemplateResult } from 'lit';

const FIRST = 0xe000;
const MARKS = /([\ue000-\ue0ff])/;

/** `sentence(mark0, mark1…)` with each marker replaced by its part (a link, a number). */
export function withParts(sentence: (...marks: string[]) => string, parts: readonly unknown[]): TemplateResult {
  const text = sentence(...parts.map((_, i) => String.fromCharCode(FIRST + i)));
  const pieces = text.split(MARKS).map((piece) => (MARKS.test(piece) ? parts[piece.charCodeAt(0) - FIRST] : piece));
  return html`${pieces}`;
}
