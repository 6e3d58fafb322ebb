/**
 * The map's focus ring and selected-state outline against every region fill they can sit on, in every
 * theme: each is drawn twice (a halo under a ring), so one of the two is ≥ 3:1 against any fill, and
 * their widths are CSS pixels at any map size (Rhode Island at 320 px included).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/office-locator/define.js';
import { contrast, parseColor, type Linear } from './color.js';
import { engine } from './harness.js';

const THEMES = ['light', 'dark', 'high-contrast', ...(engine === 'chromium' ? ['auto'] : [])];
const lines: string[] = [];

describe('map outlines on every region fill', function () {
  this.timeout(30000);
  before(async () => {
    if (engine === 'chromium') await emulateMedia({ colorScheme: 'dark' });
  });
  after(async () => {
    if (engine === 'chromium') await emulateMedia({ colorScheme: 'light' });
    console.log(`[theming] ${engine}, map outlines (worst region fill):\n${lines.join('\n')}`);
  });

  for (const theme of THEMES) {
    it(`focus ring and selected outline stand out on every fill in the ${theme === 'auto' ? 'auto (dark system)' : theme} theme, 320 px wide`, async () => {
      const wrapper = await fixture(html`<div style="width:320px"><crs-office-locator theme=${theme} state="RI" view="map" no-geolocation></crs-office-locator></div>`);
      const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      const root = el.shadowRoot!;
      await sendKeys({ press: 'Shift' });
      root.querySelector<SVGGElement>('#state-RI')!.focus();
      await el.updateComplete;
      // The map's own patterns (the legend's swatches have a second set).
      const fills: [string, Linear][] = [...root.querySelectorAll('.map-svg pattern')].map((p) => [p.id, parseColor(getComputedStyle(p.querySelector('.pattern-fill')!).fill)]);
      fills.push(['state borders', parseColor(getComputedStyle(root.querySelector('.map-svg .pattern-line') ?? root.querySelector('.shape')!).stroke)]);
      fills.push(['inset boxes', parseColor(getComputedStyle(root.querySelector('.inset')!).fill)]);
      expect(fills.length).to.equal(12);
      for (const kind of ['focus', 'select']) {
        const [ring, halo] = ['ring', 'halo'].map((layer) => root.querySelector(`path.${kind}-${layer}`)!);
        expect(ring, `${kind} ring drawn`).to.exist;
        const style = getComputedStyle(ring);
        expect(style.vectorEffect).to.equal('non-scaling-stroke');
        expect(parseFloat(style.strokeWidth), 'ring width in CSS px').to.be.at.least(2);
        expect(parseFloat(getComputedStyle(halo).strokeWidth)).to.be.greaterThan(parseFloat(style.strokeWidth));
        const colours = [ring, halo].map((e) => parseColor(getComputedStyle(e).stroke));
        const seen = fills.map(([what, fill]) => [what, Math.max(...colours.map((c) => contrast(c, fill)))] as const);
        const worst = seen.reduce((a, b) => (b[1] < a[1] ? b : a));
        lines.push(`  ${theme.padEnd(13)} ${kind.padEnd(6)} ${worst[1].toFixed(2)}:1 on ${worst[0]} (ring/halo ${contrast(colours[0], colours[1]).toFixed(2)}:1)`);
        expect(worst[1], `${kind} outline on ${worst[0]}`).to.be.at.least(3);
      }
    });
  }
});
