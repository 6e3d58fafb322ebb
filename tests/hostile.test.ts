import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { shadow } from './harness.js';
import '../src/locales/all.js';

/** The rules partner sites really ship: global resets, tiny rem, zero line height, odd fonts and alignment. */
const HOSTILE = `
  html { font-size: 62.5% !important; line-height: 0 !important; }
  body, div, section { line-height: 0; text-align: right; text-transform: uppercase; font: italic 9px "Comic Sans MS", cursive;
    letter-spacing: 3px; word-spacing: 12px; color: lime; white-space: nowrap; direction: ltr; }
  * { box-sizing: content-box !important; margin: 7px; padding: 3px; border: 1px dotted red; float: left; }
  svg, path, g { fill: red !important; stroke: yellow !important; display: none; }
  button, input, select { all: unset; }
  a { color: hotpink !important; text-decoration: none; }
  ul, li { list-style: square inside; }
`;

const ELEMENTS = [
  ['crs-contact-card', html`<crs-contact-card office="houston"></crs-contact-card>`],
  ['crs-services-list', html`<crs-services-list expanded></crs-services-list>`],
  ['crs-office-locator', html`<crs-office-locator state="TX"></crs-office-locator>`],
] as const;

async function measure(template: unknown) {
  const wrapper = await fixture(html`<div style="inline-size: 800px">${template}</div>`);
  const el = wrapper.firstElementChild as LitElement;
  await el.updateComplete;
  const base = shadow(el).querySelector<HTMLElement>('.base')!;
  const style = getComputedStyle(base);
  const heading = shadow(el).querySelector<HTMLElement>('[role="heading"]')!;
  return {
    fontSize: getComputedStyle(heading).fontSize,
    lineHeight: style.lineHeight,
    textAlign: style.textAlign,
    transform: getComputedStyle(heading).textTransform,
    font: style.fontFamily,
    height: el.getBoundingClientRect().height,
    svgShown: [...shadow(el).querySelectorAll('svg.map-svg')].every((s) => getComputedStyle(s).display !== 'none'),
    pathFill: getComputedStyle(shadow(el).querySelector('.shape') ?? base).fill,
  };
}

describe('hostile host-page CSS', () => {
  for (const [tag, template] of ELEMENTS) {
    it(`leaves <${tag}> intact`, async () => {
      const clean = await measure(template);
      const style = document.createElement('style');
      style.textContent = HOSTILE;
      document.head.append(style);
      try {
        const hostile = await measure(template);
        expect(hostile.fontSize).to.equal(clean.fontSize);
        expect(hostile.lineHeight).to.equal(clean.lineHeight);
        expect(hostile.textAlign).to.equal('start');
        expect(hostile.transform).to.equal('none');
        expect(hostile.font).to.equal(clean.font);
        expect(hostile.svgShown).to.be.true;
        expect(hostile.pathFill).to.equal(clean.pathFill);
        // The page's padding and border on the host itself narrow it by a few pixels, which may rewrap
        // a line or two; anything more would mean the layout broke.
        expect(Math.abs(hostile.height - clean.height)).to.be.lessThan(Math.max(40, clean.height * 0.1));
      } finally {
        style.remove();
      }
    });
  }
});

/**
 * Page rules on `*` match the host element itself and outrank :host; whatever they set that inherits must stop at
 * the shadow root, or the visitor sees invisible, masked, sideways, unclickable or overlapping text.
 */
const THROUGH_STAR: Array<[string, string, (s: CSSStyleDeclaration, clean: CSSStyleDeclaration) => boolean]> = [
  ['-webkit-text-fill-color: transparent', 'text is painted', (s) => s.getPropertyValue('-webkit-text-fill-color') !== 'rgba(0, 0, 0, 0)'],
  ['-webkit-text-security: disc', 'text is not masked', (s) => ['', 'none'].includes(s.getPropertyValue('-webkit-text-security'))],
  ['writing-mode: vertical-rl', 'text runs horizontally', (s) => s.writingMode === 'horizontal-tb'],
  ['pointer-events: none', 'controls take clicks', (s) => s.pointerEvents === 'auto'],
  ['line-height: 0 !important', 'lines keep their height', (s, clean) => parseFloat(s.lineHeight) >= parseFloat(clean.lineHeight) - 0.5],
];

describe('host-page CSS on * stops at the shadow root', () => {
  for (const [rule, what, ok] of THROUGH_STAR) {
    it(`${rule}: ${what}`, async () => {
      const wrapper = await fixture(html`<div style="inline-size: 800px"><crs-contact-card office="houston"></crs-contact-card></div>`);
      const el = wrapper.firstElementChild as LitElement;
      await el.updateComplete;
      const button = () => shadow(el).querySelector<HTMLElement>('button, a')!;
      const clean = { ...getComputedStyle(button()) } as unknown as CSSStyleDeclaration;
      const cleanLineHeight = getComputedStyle(button()).lineHeight;
      const style = document.createElement('style');
      style.textContent = `* { ${rule} }`;
      document.head.append(style);
      try {
        const s = getComputedStyle(button());
        expect(ok(s, { ...clean, lineHeight: cleanLineHeight } as CSSStyleDeclaration), `${s.getPropertyValue('-webkit-text-fill-color')} ${s.writingMode} ${s.pointerEvents} ${s.lineHeight}`).to.be.true;
      } finally {
        style.remove();
      }
    });
  }
});
