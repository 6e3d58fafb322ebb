import { expect, waitUntil } from '@open-wc/testing';
import { checks, emptyChoice, shown, snippet, tokensOf, type Choice } from '../stories/design-system/theme-builder.js';
import { CONTRAST_PAIRS } from '../src/core/styles/contrast.js';
import { colorTokens } from '../src/core/styles/tokens.js';
import { sameColor } from './color.js';

const choice = (over: Partial<Choice> = {}): Choice => ({ ...emptyChoice(), ...over });

type Widget = Element & { updateComplete: Promise<unknown> };

/**
 * The builder's CSS pasted into a plain page with the bundle, a card in light and one in dark: the
 * console warnings the widgets print there, and the colours they paint (title, background, text).
 */
async function pasted(css: string) {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '400px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script>window.warnings = []; const warn = console.warn; console.warn = (...a) => (window.warnings.push(a.join(' ')), warn(...a));</script>
    <script type="module" src="/dist/crs-widgets.js"></script><style>${css}</style></head>
    <body><crs-contact-card office="houston"></crs-contact-card><crs-contact-card office="houston" theme="dark"></crs-contact-card></body></html>`;
  document.body.append(frame);
  const win = frame.contentWindow as Window & { warnings: string[] };
  await waitUntil(() => win.document?.querySelectorAll('crs-contact-card').length === 2 && [...win.document.querySelectorAll('crs-contact-card')].every((c) => c.shadowRoot?.querySelector('[part="title"]')), 'the pasted page did not render', { timeout: 10_000 });
  const cards = [...win.document.querySelectorAll('crs-contact-card')] as Widget[];
  await Promise.all(cards.map((c) => c.updateComplete));
  // The widgets check partner colours one task after they render (theme-check.ts); two tasks later it has run.
  for (let i = 0; i < 2; i++) await new Promise((r) => win.setTimeout(r));
  const look = (card: Element) => {
    const root = card.shadowRoot!;
    return {
      title: win.getComputedStyle(root.querySelector('[part="title"]')!).color,
      surface: win.getComputedStyle(root.querySelector('.base')!).backgroundColor,
      text: win.getComputedStyle(root.querySelector('.base')!).color,
    };
  };
  return { frame, warnings: win.warnings, light: look(cards[0]), dark: look(cards[1]) };
}

describe('theme builder', () => {
  it('writes nothing when nothing changed, and only what changed otherwise', () => {
    expect(snippet(choice())).to.equal('');
    const css = snippet(choice({ light: { primary: '#0b6e4f' } }));
    expect(css).to.include('--crs-color-primary: #0b6e4f;');
    // Never the six light colours that make dark derive from a light background.
    expect(css).not.to.match(/--crs-color-(surface|text|muted|on-primary|link):/);
  });

  it('keeps the dark defaults when a light-only colour changes, deliberately, per scheme', () => {
    const { light, dark } = tokensOf(choice({ light: { surface: '#fffaf0', text: '#222222' } }));
    expect(light).to.deep.equal({ surface: '#fffaf0', text: '#222222' });
    expect(dark).to.deep.equal({ surface: colorTokens.surface.dark, text: colorTokens.text.dark });
    // A brand colour keeps its hue in dark: the shade the widgets derive is written.
    const brand = tokensOf(choice({ light: { primary: '#0b6e4f' } }));
    expect(brand.dark.primary).to.equal(shown(choice({ light: { primary: '#0b6e4f' } }), 'dark').primary);
    expect(brand.dark.primary).not.to.equal('#0b6e4f');
  });

  it('writes the shade the widgets use for a colour that fails a pair, and says so', () => {
    const { light, notes } = tokensOf(choice({ light: { primary: '#ffd700' } }));
    expect(light.primary).not.to.equal('#ffd700');
    expect(notes.join()).to.include('#ffd700');
  });

  it('checks every pair the colours form, in light and in dark, as the widgets draw them', () => {
    const results = checks(choice({ light: { primary: '#ffd700', surface: '#111111' }, dark: { muted: '#333333' } }));
    expect(results).to.have.length(CONTRAST_PAIRS.length * 2);
    expect(results.filter((r) => r.ratio < r.min - 0.005)).to.deep.equal([]);
  });

  it('writes the same format as the embed configurator: the three elements, em radius', () => {
    const css = snippet(choice({ radius: 0, fontSize: '1em', font: 'Georgia, serif' }));
    expect(css).to.equal('crs-contact-card, crs-services-list, crs-office-locator {\n  --crs-font-family: Georgia, serif;\n  --crs-font-size: 1em;\n  --crs-radius: 0em;\n}');
  });

  for (const [what, c] of [
    ['a brand colour', choice({ light: { primary: '#0b6e4f' } })],
    ['a cream background and dark text', choice({ light: { surface: '#fffaf0', text: '#222222', primary: '#5b2a86' } })],
    ['a brand and a purple-tinted dark background', choice({ light: { primary: '#5b2a86' }, dark: { surface: '#1d1526' } })],
  ] as const) {
    it(`its CSS for ${what}, pasted into a plain page, gives no console warning and paints what it shows`, async function () {
      this.timeout(20_000);
      const { frame, warnings, light, dark } = await pasted(snippet(c));
      try {
        expect(warnings.filter((w) => w.includes('[crs-widgets]'))).to.deep.equal([]);
        for (const [scheme, seen] of [['light', light], ['dark', dark]] as const) {
          const palette = shown(c, scheme);
          for (const [part, token] of [['title', 'primary'], ['surface', 'surface'], ['text', 'text']] as const) {
            expect(sameColor(seen[part], palette[token]), `${scheme} ${part}: painted ${seen[part]}, shown ${palette[token]}`).to.be.true;
          }
        }
      } finally {
        frame.remove();
      }
    });
  }
});
