import { expect } from '@open-wc/testing';
import { brandColours, report, runBrands } from './theming-run.js';
import { contrast, parseColor } from './color.js';

describe('brand colour in, accessible themes out: 200 seeded brand colours × light, dark, auto, high contrast', function () {
  // 200 style recalculations of 12 widgets: its own budget on a busy two-core machine.
  this.timeout(110000);
  const brands = brandColours();

  it('spreads the brands over hue and lightness: yellows, pastels, near-black and near-white', () => {
    const lum = brands.map((b) => contrast(parseColor(b), [0, 0, 0, 1]) * 0.05 - 0.05);
    expect(new Set(brands).size).to.be.greaterThan(190);
    expect(lum.filter((y) => y < 0.01).length, 'near-black').to.be.greaterThan(20);
    expect(lum.filter((y) => y > 0.8).length, 'near-white').to.be.greaterThan(20);
  });

  it('keeps every text ≥ 4.5:1 and every control border and focus ring ≥ 3:1, reading the rendered colours', async () => {
    const result = await runBrands(brands.map((b) => [`--crs-color-primary:${b}`]));
    report('--crs-color-primary', result);
    expect(result.failures, result.failures.join('\n')).to.deep.equal([]);
    expect(result.followed, 'brands shown as chosen where they already pass').to.be.greaterThan(40);
  });
});
