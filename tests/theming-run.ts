/**
 * Brand colour in, accessible themes out: 200 seeded partner colours (yellows, pastels, near-black,
 * near-white and everything between) in every theme. Colours are read from the rendered widgets with
 * getComputedStyle — every text, every bordered control and the focus ring of all three elements — and
 * must meet WCAG 2.2 AA: 4.5:1 for text, 3:1 for controls and focus. Shared by theming-brand.test.ts
 * (a brand colour) and theming-partner.test.ts (surface, text, link and button text too).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/contact-card/define.js';
import '../src/services-list/define.js';
import '../src/office-locator/define.js';
import { backgroundOf, composedParent, contrast, deepElements, isSeen, ownsText, parseColor, type Linear } from './color.js';
import { engine } from './harness.js';

/** A small seeded generator (mulberry32): the same colours on every run. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hsl = (h: number, s: number, l: number) => {
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255).toString(16).padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
};
/** 200 colours: 40 each of yellows, pastels, near-black, near-white, and anywhere on the wheel. */
export function brandColours(seed = 12, count = 200): string[] {
  const r = seeded(seed);
  const kinds = [
    () => hsl(40 + r() * 30, 0.7 + r() * 0.3, 0.45 + r() * 0.4), // yellows
    () => hsl(r() * 360, 0.4 + r() * 0.6, 0.78 + r() * 0.15), // pastels
    () => hsl(r() * 360, r(), r() * 0.1), // near-black
    () => hsl(r() * 360, r(), 0.9 + r() * 0.1), // near-white
    () => hsl(r() * 360, r(), r()), // anything
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]());
}

/** auto in a dark system needs the colour-scheme emulation that only Chromium offers to tests. */
export const THEMES = [
  { name: 'light', attr: 'light' },
  { name: 'dark', attr: 'dark' },
  { name: engine === 'chromium' ? 'auto, dark system' : 'auto, light system', attr: 'auto' },
  { name: 'high-contrast', attr: 'high-contrast' },
];

interface Item {
  el: Element;
  kind: 'text' | 'control';
  what: string;
}
interface Worst {
  ratio: number;
  what: string;
  partner: string;
}
const none = (): Worst => ({ ratio: Infinity, what: '', partner: '' });

const describeEl = (el: Element) => {
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? `${root.host.localName} ` : '';
  return `${host}${el.localName}${[...el.classList].map((c) => `.${c}`).join('')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
};
/** Elements styled alike (same host, tag, classes, parent) are measured once. */
const styleKey = (el: Element) =>
  [el, composedParent(el)].map((e) => `${(e?.getRootNode() as ShadowRoot).host?.localName}>${e?.localName}.${[...(e?.classList ?? [])].join('.')}`).join(' ');

/** Every distinct text and bordered control a visitor sees in one theme's three widgets. */
function itemsOf(wrapper: Element): Item[] {
  const items = new Map<string, Item>();
  for (const el of deepElements(wrapper)) {
    if (el.namespaceURI === 'http://www.w3.org/2000/svg' || !isSeen(el)) continue;
    if (ownsText(el)) items.set(`t ${styleKey(el)}`, { el, kind: 'text', what: describeEl(el) });
    if (el.matches('button, input, select') && parseFloat(getComputedStyle(el).borderTopWidth) > 0) {
      items.set(`c ${styleKey(el)}`, { el, kind: 'control', what: describeEl(el) });
    }
  }
  return [...items.values()];
}

export interface Result {
  worst: { theme: string; text: Worst; control: Worst }[];
  focus: Worst;
  failures: string[];
  measured: number;
  followed: number;
}

/**
 * Renders the three elements in every theme once, then for each partner style (a list of
 * declarations set on the page around them) reads every text, control border and focus ring.
 * One focused control per brand, taking turns over the themes and elements.
 */
export async function runBrands(partners: string[][]): Promise<Result> {
  if (engine === 'chromium') await emulateMedia({ colorScheme: 'dark' });
  try {
    const root = await fixture(html`<div>
      ${THEMES.map(
        (t) => html`<div class="theme" style="display:grid;gap:8px;width:760px">
          <crs-contact-card theme=${t.attr}></crs-contact-card>
          <crs-services-list theme=${t.attr} expanded></crs-services-list>
          <crs-office-locator theme=${t.attr} state="TX" view="list" no-geolocation></crs-office-locator>
        </div>`,
      )}
    </div>`);
    await Promise.all([...deepElements(root)].map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    const wrappers = [...root.querySelectorAll('.theme')];
    const items = wrappers.map(itemsOf);
    const controls = wrappers.flatMap((w) => [...w.children].map((widget) => widget.shadowRoot!.querySelector<HTMLElement>('button, input')!));
    const result: Result = { worst: THEMES.map((t) => ({ theme: t.name, text: none(), control: none() })), focus: none(), failures: [], measured: 0, followed: 0 };
    const note = (worst: Worst, ratio: number, min: number, what: string, partner: string, detail: string) => {
      result.measured++;
      if (ratio < worst.ratio) Object.assign(worst, { ratio, what, partner });
      if (ratio < min && result.failures.length < 12) result.failures.push(`${partner}: ${ratio.toFixed(2)}:1 < ${min}:1 ${what} ${detail}`);
    };
    // A key press first, so the programmatic focus below counts as keyboard focus (:focus-visible).
    await sendKeys({ press: 'Shift' });
    for (const [i, decls] of partners.entries()) {
      const partner = decls.join(';');
      root.setAttribute('style', partner);
      const control = controls[i % controls.length];
      control.focus();
      wrappers.forEach((_, t) => {
        for (const { el, kind, what } of items[t]) {
          const style = getComputedStyle(el);
          // Text is seen against what is behind it; a control's border against what is around it.
          const [fg, bg]: [Linear, Linear] = kind === 'text' ? [parseColor(style.color), backgroundOf(el)] : [parseColor(style.borderTopColor), backgroundOf(composedParent(el))];
          note(result.worst[t][kind], contrast(fg, bg), kind === 'text' ? 4.5 : 3, `${THEMES[t].name}: ${what}`, partner, `(${kind === 'text' ? style.color : style.borderTopColor})`);
        }
      });
      const ring = getComputedStyle(control);
      if (ring.outlineStyle === 'none') result.failures.push(`${partner}: no focus ring on ${describeEl(control)}`);
      const behind = parseFloat(ring.outlineOffset) < 0 ? backgroundOf(control) : backgroundOf(composedParent(control));
      note(result.focus, contrast(parseColor(ring.outlineColor), behind), 3, `focus ring of ${describeEl(control)}`, partner, `(${ring.outlineColor})`);
      // The brand is really used: in the light theme the title shows it unchanged when it already passes.
      const brand = /--crs-color-primary:([^;]+)/.exec(partner)![1];
      const title = wrappers[0].querySelector('crs-contact-card')!.shadowRoot!.querySelector('[part="title"]')!;
      if (contrast(parseColor(getComputedStyle(title).color), parseColor(brand)) < 1.02) result.followed++;
      control.blur();
    }
    expect(items.every((list) => list.filter((x) => x.kind === 'text').length > 25), 'every theme has its texts measured').to.be.true;
    expect(items.every((list) => list.some((x) => x.kind === 'control')), 'every theme has bordered controls').to.be.true;
    return result;
  } finally {
    if (engine === 'chromium') await emulateMedia({ colorScheme: 'light' });
  }
}

/** The figures the issue asks for, printed in the run's log. */
export function report(label: string, r: Result): void {
  const lines = r.worst.map(
    (w) => `  ${w.theme.padEnd(18)} worst text ${w.text.ratio.toFixed(2)}:1 (${w.text.what}; ${w.text.partner}) · worst control border ${w.control.ratio.toFixed(2)}:1 (${w.control.what})`,
  );
  console.log(`[theming] ${engine}, ${label}: ${r.measured} pairs measured\n${lines.join('\n')}\n  focus rings: worst ${r.focus.ratio.toFixed(2)}:1 (${r.focus.what}; ${r.focus.partner})`);
}
