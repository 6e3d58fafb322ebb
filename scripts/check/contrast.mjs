// Checks every pair the widgets draw, in every theme, against WCAG 2.2 AA, with the colours the
// widgets really paint (the derivation in src/core/styles/contrast.ts, the same arithmetic as the
// theme CSS): the defaults, then 2,000 random partner colour sets, then the map's two-colour outlines
// on every region fill. Prints the worst pair per theme; fails on any pair below the minimum.
import { importTs } from '../lib/import-ts.mjs';

const m = await importTs(Object.fromEntries(
  ['contrastRatio', 'CONTRAST_PAIRS', 'AA', 'derivePalette', 'contrastPalette', 'MAP_OUTLINES', 'MAP_FILLS'].map((n) => [n, 'src/core/styles/contrast.ts']),
));
const { contrastRatio, CONTRAST_PAIRS, AA, derivePalette, contrastPalette, MAP_OUTLINES, MAP_FILLS } = m;

let failures = 0;
const fail = (msg) => failures++ < 20 && console.error(`FAIL ${msg}`);

/** Worst pair (by ratio / minimum) of one palette; records failures. */
function check(label, palette, partner = '') {
  let worst;
  for (const [fg, bg, kind, where] of CONTRAST_PAIRS) {
    const ratio = contrastRatio(palette[fg], palette[bg]);
    const min = AA[kind];
    if (ratio < min) fail(`${label}${partner}: ${fg} ${palette[fg]} on ${bg} ${palette[bg]} = ${ratio.toFixed(2)}:1 < ${min}:1 (${where})`);
    if (!worst || ratio / min < worst.ratio / worst.min) worst = { what: `${fg} on ${bg}`, ratio, min, where, partner };
  }
  for (const [ring, halo, where] of MAP_OUTLINES) {
    for (const fill of MAP_FILLS) {
      const ratio = Math.max(contrastRatio(palette[ring], palette[fill]), contrastRatio(palette[halo], palette[fill]));
      if (ratio < AA.ui) fail(`${label}${partner}: ${where} on ${fill} ${palette[fill]} = ${ratio.toFixed(2)}:1`);
      if (ratio / AA.ui < worst.ratio / worst.min) worst = { what: `${where} on ${fill}`, ratio, min: AA.ui, where, partner };
    }
  }
  return worst;
}

/** The focus ring on the fill where it is weakest (the better of its two colours there). */
const ringOnWorstFill = (palette) =>
  MAP_FILLS.map((fill) => [fill, Math.max(contrastRatio(palette.ring, palette[fill]), contrastRatio(palette.halo, palette[fill]))]).reduce((a, b) => (b[1] < a[1] ? b : a));
const show = (w) => `${w.what} ${w.ratio.toFixed(2)}:1 (needs ${w.min}:1; ${w.where})${w.partner}`;
const THEMES = { light: 'light (also auto, light system)', dark: 'dark (also auto, dark system)' };
for (const [label, palette] of [...Object.entries(THEMES).map(([scheme, label]) => [label, derivePalette(scheme)]), ['high-contrast', contrastPalette()]]) {
  const [fill, ratio] = ringOnWorstFill(palette);
  console.log(`contrast ${label.padEnd(32)} defaults, worst: ${show(check(label, palette))}; map focus ring on its worst fill (${fill}) ${ratio.toFixed(2)}:1`);
}

// Partner colours: seeded, so a failure names a colour that fails again.
let seed = 12;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const hex = () => `#${Array.from({ length: 3 }, () => Math.floor(random() * 256).toString(16).padStart(2, '0')).join('')}`;
const SETS = 2000;
for (const [scheme, label] of Object.entries(THEMES)) {
  let worst;
  for (let i = 0; i < SETS; i++) {
    const partner = { primary: hex(), surface: hex(), text: hex(), muted: hex(), link: hex(), 'on-primary': hex(), focus: hex(), border: hex(), error: hex(), success: hex() };
    // Half the sets leave the surface to the theme, tinted from the brand by a random amount.
    if (i % 2) Object.assign(partner, { surface: undefined, 'dark-surface-tint': `${Math.round(random() * 100)}%` });
    // A quarter set no background and no button text: light text and borders get the looser band.
    if (i % 4 === 3) partner['on-primary'] = undefined;
    // A third draw the map in the brand palette (--crs-map-palette: brand).
    if (i % 3 === 0) partner['map-palette'] = 'brand';
    const w = check(label, derivePalette(scheme, partner), ` with ${JSON.stringify(partner)}`);
    if (!worst || w.ratio / w.min < worst.ratio / worst.min) worst = w;
  }
  console.log(`contrast ${label.padEnd(32)} ${SETS} random partner sets, worst: ${show({ ...worst, partner: '' })}`);
}
// The brands partners tried: the shades each theme derives from them, and the worst pair they are in.
for (const primary of ['#5b2a86', '#0b6e4f']) {
  const shades = Object.keys(THEMES).map((scheme) => {
    const p = derivePalette(scheme, { primary });
    return `${scheme} ${p.primary} (${contrastRatio(p.primary, p.surface).toFixed(2)}:1 on ${p.surface}), focus ${p.focus} (${contrastRatio(p.focus, p.surface).toFixed(2)}:1)`;
  });
  const tinted = derivePalette('dark', { primary, 'dark-surface-tint': '100%' });
  console.log(`contrast brand ${primary}: ${shades.join('; ')}; tinted dark surface ${tinted.surface}, worst: ${show(check('tinted', tinted))}`);
}
// The brand map palette: regions told apart from each other too (the hatch patterns help further).
const { oklab, linear } = await importTs({ oklab: 'src/core/styles/contrast.ts', linear: 'src/core/styles/contrast.ts' });
for (const scheme of Object.keys(THEMES)) {
  let levels = Infinity;
  let apart = Infinity;
  for (let i = 0; i < 500; i++) {
    const p = derivePalette(scheme, { primary: hex(), 'map-palette': 'brand' });
    const fills = Array.from({ length: 10 }, (_, r) => p[`region-${r + 1}`]);
    fills.forEach((a, x) => fills.slice(x + 1).forEach((b, k) => {
      const [la, lb] = [oklab(linear(a)), oklab(linear(b))];
      apart = Math.min(apart, Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]));
      if ((k + 1) % 2) levels = Math.min(levels, contrastRatio(a, b));
    }));
  }
  console.log(`contrast map palette brand, ${scheme}: 500 random brands; regions at different levels ≥ ${levels.toFixed(2)}:1, any two regions ≥ ${apart.toFixed(3)} apart in OKLab`);
}
console.log(`contrast: ${CONTRAST_PAIRS.length} pairs + ${MAP_OUTLINES.length} map outlines × ${MAP_FILLS.length} fills; forced-colors uses the system's own colours`);
if (failures) process.exit(1);

// Token discipline: colours live in the token table only; element styles read tokens (or, in
// forced-colors mode, system colours).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const raw = /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i;
const offenders = walk('src')
  .filter((f) => f.endsWith('.styles.ts') || f.endsWith('base.ts'))
  .filter((f) => readFileSync(f, 'utf8').split('\n').some((line) => raw.test(line) && !line.trim().startsWith('//')));
if (offenders.length) {
  console.error(`raw colour values in element styles (use a --crs- token): ${offenders.join(', ')}`);
  process.exit(1);
}
console.log('styles: no raw colour outside the token table');
