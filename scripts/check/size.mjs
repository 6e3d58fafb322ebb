// Size budget (part of npm test, after the build): deterministic byte counts of the built files.
// The goals are issue 17's; today's files are over them, and a red CI does not land, so what fails the
// check is a REGRESSION: growing past the ratchet ceilings below, set a little above the sizes measured
// on 2026-12-02. Lower a ceiling whenever a change makes a file smaller (the check says by how much);
// set ENFORCE_GOALS to true once every file meets its goal, and the goals become the hard limits.
import { bundleFiles, englishCore, isSingleLocale, kib, readBundle, sizes } from '../lib/bundle-sizes.mjs';

const ENFORCE_GOALS = false;

const KiB = 1024;
const GOALS = {
  full: { gzip: 60 * KiB, brotli: 50 * KiB }, // dist/crs-widgets.js (and the classic .iife.js, the same code)
  single: { gzip: 38 * KiB }, // each dist/crs-widgets.<locale>.js
  core: { gzip: 34 * KiB }, // the three elements from dist/esm, English only, through a bundler
};
// Measured 2026-12-02 at the end of the round (per-fact provenance and the full validator, the rebuilt
// locator, derived themes): full 79.0 KiB gzip / 65.4 KiB brotli (iife the same), single-locale
// 54.2–55.3 KiB gzip, English core 50.1 KiB gzip. Ceilings ≈ 1 KiB above.
const CEILINGS = {
  full: { gzip: 80.0 * KiB, brotli: 66.4 * KiB },
  single: { gzip: 56.3 * KiB },
  core: { gzip: 51.1 * KiB },
};

const rows = [
  ...bundleFiles().map((file) => ({ name: `dist/${file}`, kind: isSingleLocale(file) ? 'single' : 'full', size: sizes(readBundle(file)) })),
  { name: 'English-only core (3 elements, esbuild)', kind: 'core', size: sizes(await englishCore()) },
];

const failures = [];
const slack = [];
console.log(`size budget (${ENFORCE_GOALS ? 'goals enforced' : 'ratchet enforced; goals reported'})`);
console.log('file                                         measure       size    ceiling       goal      to goal');
for (const { name, kind, size } of rows) {
  for (const [measure, goal] of Object.entries(GOALS[kind])) {
    const bytes = size[measure];
    const limit = ENFORCE_GOALS ? goal : CEILINGS[kind][measure];
    const toGoal = bytes <= goal ? 'met' : `${kib(bytes - goal)} over`;
    console.log(`${name.padEnd(44)} ${measure.padEnd(7)} ${kib(bytes).padStart(10)} ${kib(CEILINGS[kind][measure]).padStart(10)} ${kib(goal).padStart(10)} ${toGoal.padStart(13)}`);
    if (bytes > limit) failures.push(`${name} is ${kib(bytes)} ${measure}, over its ${ENFORCE_GOALS ? 'goal' : 'ceiling'} of ${kib(limit)}`);
    else if (!ENFORCE_GOALS && CEILINGS[kind][measure] - bytes > 2 * KiB) slack.push(`${name} ${measure}`);
  }
}
if (slack.length) console.log(`\nSmaller than when the ratchet was set; lower its ceiling in scripts/check/size.mjs: ${slack.join(', ')}`);
if (failures.length) {
  console.error(`\nSize budget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
