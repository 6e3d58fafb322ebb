import { expect } from '@open-wc/testing';
import { brandColours, report, runBrands } from './theming-run.js';

describe('a partner’s own surface, text, link and button-text colours × light, dark, auto, high contrast', function () {
  this.timeout(110000);

  it('keeps every text ≥ 4.5:1 and every control border and focus ring ≥ 3:1 whatever the five colours', async () => {
    const c = brandColours(34);
    const pick = (i: number, k: number) => c[(i * k + k) % c.length];
    const partners = c.map((brand, i) => [
      `--crs-color-primary:${brand}`,
      `--crs-color-surface:${pick(i, 7)}`,
      `--crs-color-text:${pick(i, 13)}`,
      `--crs-color-link:${pick(i, 17)}`,
      `--crs-color-on-primary:${pick(i, 3)}`,
    ]);
    const result = await runBrands(partners);
    report('primary + surface + text + link + on-primary', result);
    expect(result.failures, result.failures.join('\n')).to.deep.equal([]);
  });
});
