// Checks every text/background and UI/background pair of every shipped theme against WCAG 2.2 AA
// and prints the worst pair per theme. Runs inside npm test; fails on any pair below the minimum.
import { importTs } from './import-ts.mjs';

const { colorTokens, contrastRatio, CONTRAST_PAIRS, AA } = await importTs({
  colorTokens: 'src/core/styles/tokens.ts',
  contrastRatio: 'src/core/styles/contrast.ts',
  CONTRAST_PAIRS: 'src/core/styles/contrast.ts',
  AA: 'src/core/styles/contrast.ts',
});

const THEMES = { light: 'light', dark: 'dark (also auto in a dark system)', contrast: 'high-contrast' };
let failures = 0;
for (const [key, label] of Object.entries(THEMES)) {
  let worst;
  for (const [fg, bg, kind, where] of CONTRAST_PAIRS) {
    const ratio = contrastRatio(colorTokens[fg][key], colorTokens[bg][key]);
    const min = AA[kind];
    if (ratio < min) {
      failures++;
      console.error(`FAIL ${label}: ${fg} ${colorTokens[fg][key]} on ${bg} ${colorTokens[bg][key]} = ${ratio.toFixed(2)}:1 < ${min}:1 (${where})`);
    }
    if (!worst || ratio / min < worst.ratio / worst.min) worst = { fg, bg, ratio, min, where };
  }
  console.log(`contrast ${label.padEnd(34)} worst: ${worst.fg} on ${worst.bg} ${worst.ratio.toFixed(2)}:1 (needs ${worst.min}:1; ${worst.where})`);
}
console.log(`contrast: ${CONTRAST_PAIRS.length} pairs × ${Object.keys(THEMES).length} themes; forced-colors uses the system's own colours`);
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
