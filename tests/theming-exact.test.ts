/**
 * A partner's colour is kept exactly whenever every pair it is drawn in passes; only a colour that
 * fails a pair is adjusted, and the console names that pair, once.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { shadow } from './harness.js';
import { sameColor } from './color.js';

/**
 * Renders a light card per style, plus one whose link colour must be adjusted: its warning arriving
 * says the colour check (one batch for every widget) has run.
 */
let calls = 0;
async function cards(...styles: string[]) {
  // Each warning is said once per page: a new sentinel colour for each call.
  const sentinel = `#fff5c${calls++}`;
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    const wrapper = await fixture(html`<div>
      ${styles.map((style) => html`<crs-contact-card office="houston" style=${style}></crs-contact-card>`)}
      <crs-contact-card style=${`--crs-color-link: ${sentinel}`}></crs-contact-card>
    </div>`);
    const els = [...wrapper.children] as LitElement[];
    await Promise.all(els.map((el) => el.updateComplete));
    await waitUntil(() => warnings.some((w) => w.includes(sentinel)), 'the colour check did not run');
    const colours = els.map((el) => {
      const title = shadow(el).querySelector('[part="title"]')!;
      return { title: getComputedStyle(title).color, link: getComputedStyle(el).getPropertyValue('--_crs-link'), focus: getComputedStyle(el).getPropertyValue('--_crs-focus') };
    });
    return { colours, warnings };
  } finally {
    console.warn = original;
  }
}

describe('a partner colour that passes every pair is kept exactly', () => {
  it('#0b6e4f (6.25:1 on white): titles, links and focus exactly, and no warning', async () => {
    const { colours: [c], warnings } = await cards('--crs-color-primary: #0b6e4f');
    for (const [what, got] of Object.entries(c)) expect(sameColor(got, '#0b6e4f'), `${what} ${got}`).to.be.true;
    expect(warnings.filter((w) => w.includes('#0b6e4f'))).to.deep.equal([]);
  });

  it('#0071bc (5.1:1 on white, 4.5:1 on the raised panels) is kept exactly on the theme’s own backgrounds', async () => {
    const { colours: [c], warnings } = await cards('--crs-color-primary: #0071bc');
    for (const [what, got] of Object.entries(c)) expect(sameColor(got, '#0071bc'), `${what} ${got}`).to.be.true;
    expect(warnings.filter((w) => w.includes('#0071bc'))).to.deep.equal([]);
  });

  it('adjusts a colour only where it fails, and the console names the pair it fails', async () => {
    const { colours, warnings } = await cards(
      '--crs-color-primary: #0071bc; --crs-color-surface-alt: #e0e0e0',
      '--crs-color-primary: #ffd700',
    );
    // On a darker panel the partner chose, #0071bc would be 3.9:1: it is darkened, and the console says where.
    expect(sameColor(colours[0].title, '#0071bc'), colours[0].title).to.be.false;
    const about = (hex: string) => warnings.filter((w) => w.includes(`--crs-color-primary: ${hex}`));
    expect(about('#0071bc'), warnings.join('\n')).to.have.length(1);
    expect(about('#0071bc')[0]).to.match(/[34]\.\d\d:1 against --crs-color-surface-alt #e0e0e0 \(toggle on hover\), below the 4\.5:1 WCAG 2\.2 AA asks; the widgets use #[0-9a-f]{6} instead/);
    expect(about('#ffd700'), warnings.join('\n')).to.have.length(1);
    expect(about('#ffd700')[0]).to.match(/1\.\d\d:1 against --crs-color-surface(-alt)? #f[0-9a-f]{5} /);
  });
});
