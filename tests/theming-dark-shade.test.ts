/**
 * A brand's dark shade keeps the brand: its hue and as much chroma as the contrast band allows (the
 * OKLCH hue line, clipped into sRGB at the same luminance), painted by the CSS exactly as contrast.ts
 * (the contrast check, the theme builder) computes it. A partner may tint the dark surface from the
 * brand; every pair stays AA (runBrands reads every rendered text, border and focus ring).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { shadow } from './harness.js';
import { contrast, parseColor, sameColor, type Linear } from './color.js';
import { derivePalette } from '../src/core/styles/contrast.js';
import { brandColours, report, runBrands } from './theming-run.js';

/** OKLCH chroma and hue of a linear sRGB colour (Ottosson's OKLab). */
function oklch([r, g, b]: Linear): { c: number; h: number } {
  const [l, m, s] = [
    0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b,
    0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b,
    0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b,
  ].map(Math.cbrt);
  const a = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const bb = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return { c: Math.hypot(a, bb), h: ((Math.atan2(bb, a) * 180) / Math.PI + 360) % 360 };
}
const hueGap = (x: number, y: number) => Math.min(Math.abs(x - y), 360 - Math.abs(x - y));

async function darkCard(style: string) {
  const wrapper = await fixture(html`<div style=${style}><crs-contact-card office="houston" theme="dark"></crs-contact-card></div>`);
  const el = wrapper.firstElementChild as LitElement;
  await el.updateComplete;
  const base = shadow(el).querySelector('[part="base"]')!;
  const title = shadow(el).querySelector('[part="title"]')!;
  const host = getComputedStyle(el);
  return { el, title: getComputedStyle(title).color, surface: getComputedStyle(base).backgroundColor, link: host.getPropertyValue('--_crs-link'), focus: host.getPropertyValue('--_crs-focus') };
}

describe('the dark shade of a brand keeps its hue and colour', () => {
  for (const brand of ['#5b2a86', '#0b6e4f']) {
    it(`${brand}: titles, links and focus in a vivid shade of the same hue, as the contrast check computes it`, async () => {
      const { title, link, focus, surface } = await darkCard(`--crs-color-primary: ${brand}`);
      const want = derivePalette('dark', { primary: brand });
      const source = oklch(parseColor(brand));
      for (const [what, got, expected, min] of [['title', title, want.primary, 4.5], ['link', link, want.link, 4.5], ['focus', focus, want.focus, 3]] as const) {
        expect(sameColor(got, expected), `${what} ${got}, contrast.ts says ${expected}`).to.be.true;
        const shade = oklch(parseColor(got));
        expect(hueGap(shade.h, source.h), `${what} hue ${shade.h.toFixed(1)} vs ${source.h.toFixed(1)}`).to.be.below(4);
        // Mixing with white gave #a396b5 (chroma 0.046) and #87a295 (0.035): a grey, not the brand.
        expect(shade.c, `${what} ${got} chroma`).to.be.above(0.1);
        expect(contrast(parseColor(got), parseColor(surface)), `${what} on the surface`).to.be.at.least(min);
      }
    });
  }

  it('tints the dark surface from the brand with --crs-dark-surface-tint, and keeps it neutral without', async () => {
    const neutral = await darkCard('--crs-color-primary: #5b2a86');
    expect(sameColor(neutral.surface, '#1b1e23'), neutral.surface).to.be.true;
    const tinted = await darkCard('--crs-color-primary: #5b2a86; --crs-dark-surface-tint: 100%');
    const want = derivePalette('dark', { primary: '#5b2a86', 'dark-surface-tint': '100%' });
    expect(sameColor(tinted.surface, want.surface), `${tinted.surface}, contrast.ts says ${want.surface}`).to.be.true;
    const shade = oklch(parseColor(tinted.surface));
    expect(hueGap(shade.h, oklch(parseColor('#5b2a86')).h), `surface hue ${shade.h}`).to.be.below(8);
    expect(shade.c).to.be.above(0.03);
    const bad = await darkCard('--crs-color-primary: #5b2a86; --crs-dark-surface-tint: lots');
    expect(sameColor(bad.surface, '#1b1e23'), `a value that is no percentage leaves the surface neutral: ${bad.surface}`).to.be.true;
  });
});

describe('tinted dark surfaces × 60 brands: every pair AA', function () {
  this.timeout(60000);
  it('keeps every text ≥ 4.5:1 and every control border and focus ring ≥ 3:1', async () => {
    const result = await runBrands(brandColours(31, 60).map((b) => [`--crs-color-primary:${b}`, '--crs-dark-surface-tint:100%']));
    report('--crs-dark-surface-tint: 100%', result);
    expect(result.failures, result.failures.join('\n')).to.deep.equal([]);
  });
});
