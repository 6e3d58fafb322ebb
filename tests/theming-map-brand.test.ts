/**
 * `--crs-map-palette: brand`: the map's regions in colours derived from the brand (as contrast.ts
 * computes them for the contrast check), each ≥ 3:1 against the state borders, neighbours told apart,
 * the hatch patterns kept; without it, or in high contrast, the fixed palette.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/office-locator/define.js';
import { contrast, parseColor, sameColor } from './color.js';
import { brandRegions } from '../src/core/styles/contrast.js';
import { colorTokens } from '../src/core/styles/tokens.js';

async function fills(style: string, theme = 'light') {
  const wrapper = await fixture(html`<div style=${style}><crs-office-locator theme=${theme} view="map" no-geolocation></crs-office-locator></div>`);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  const root = el.shadowRoot!;
  if (style.includes('brand')) await waitUntil(() => root.querySelector('.brand-map'), 'the brand palette was not applied');
  const patterns = Array.from({ length: 10 }, (_, i) => root.querySelector(`.map-svg pattern.region-${i + 1}`)!);
  return {
    fills: patterns.map((p) => getComputedStyle(p.querySelector('.pattern-fill')!).fill),
    hatched: patterns.filter((p) => p.querySelector('.pattern-line')).length,
    line: getComputedStyle(root.querySelector('.map-svg .shape')!).stroke,
  };
}

describe('--crs-map-palette: brand', () => {
  for (const [theme, scheme] of [['light', 'light'], ['dark', 'dark']] as const) {
    for (const brand of ['#5b2a86', '#0b6e4f']) {
      it(`${brand}, ${theme}: ten fills from the brand, each ≥ 3:1 against the state borders, patterns kept`, async () => {
        const { fills: got, hatched, line } = await fills(`--crs-color-primary: ${brand}; --crs-map-palette: brand`, theme);
        const want = brandRegions(scheme, brand);
        got.forEach((fill, i) => expect(sameColor(fill, want[i]), `region ${i + 1}: ${fill}, contrast.ts says ${want[i]}`).to.be.true);
        for (const [i, fill] of got.entries()) expect(contrast(parseColor(fill), parseColor(line)), `region ${i + 1} against the borders`).to.be.at.least(3);
        // Regions 1 and 2 (New England, Northeast) are neighbours on the map: their lightness differs.
        for (let i = 0; i < 9; i++) expect(contrast(parseColor(got[i]), parseColor(got[i + 1])), `regions ${i + 1} and ${i + 2}`).to.be.at.least(1.7);
        expect(new Set(got).size).to.equal(10);
        expect(hatched, 'hatch patterns').to.be.at.least(8);
      });
    }
  }

  it('keeps the fixed palette without the token, and in high contrast with it', async () => {
    const plain = await fills('--crs-color-primary: #5b2a86');
    plain.fills.forEach((fill, i) => expect(sameColor(fill, colorTokens[`region-${i + 1}` as 'region-1'].light), `region ${i + 1}`).to.be.true);
    const hc = await fills('--crs-color-primary: #5b2a86; --crs-map-palette: brand', 'high-contrast');
    hc.fills.forEach((fill, i) => expect(sameColor(fill, colorTokens[`region-${i + 1}` as 'region-1'].contrast), `region ${i + 1}`).to.be.true);
  });

  it('lets a partner’s own --crs-color-region-N win over the brand palette', async () => {
    const { fills: got } = await fills('--crs-color-primary: #5b2a86; --crs-map-palette: brand; --crs-color-region-4: #123456');
    expect(sameColor(got[3], '#123456'), got[3]).to.be.true;
  });
});
