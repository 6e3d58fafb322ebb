#!/usr/bin/env node
// crs-widgets validate <file.json>…: checks partner data with the validator the widgets run on
// data-src, and lists every problem (office or region, field, bad value, expected form).
// Exit code: 0 when every file is usable, 1 when one has problems, 2 on wrong usage.
import { readFileSync } from 'node:fs';

const USAGE = `Usage: npx crs-widgets validate <file.json> [more files]

Checks a CRS Widgets data file (for the data-src attribute) before you publish it.
Each problem is printed on one line: where (office or region), field, the bad value and the expected form.
Start from the bundled data: node_modules/crs-widgets/data/crs.json. Schema: crs-widgets/schema.json.`;

const [command, ...files] = process.argv.slice(2);
if (command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE);
  process.exit(0);
}
if (command !== 'validate' || files.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

let validateDataset;
let MAX_BYTES;
try {
  ({ validateDataset } = await import('../dist/esm/core/data/validate.js'));
  // The widgets refuse a larger file before reading it: so does the check.
  ({ MAX_BYTES } = await import('../dist/esm/core/data/load.js'));
} catch {
  console.error('crs-widgets: the validator is missing from dist/esm (in a clone of the repository, run npm run build first).');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let json;
  try {
    const text = readFileSync(file, 'utf8');
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_BYTES) {
      console.log(`${file}: is ${bytes} bytes — expected at most ${MAX_BYTES} bytes (${MAX_BYTES / 1024} KB): the widgets would not load it`);
      failed = true;
      continue;
    }
    json = JSON.parse(text);
  } catch (error) {
    console.log(`${file}: ${error.code === 'ENOENT' ? 'no such file' : `not valid JSON (${error.message})`}`);
    failed = true;
    continue;
  }
  const result = validateDataset(json, { now: Date.now() });
  const warnings = result.ok ? result.warnings : [];
  for (const problem of result.ok ? [] : result.problems) console.log(`${file}: ${problem.message}`);
  for (const warning of warnings) console.log(`${file}: warning: ${warning}`);
  if (result.ok) {
    const { offices, regions } = result.data;
    console.error(`${file}: valid — ${offices.length} offices, ${regions.length} regions${warnings.length ? `, ${warnings.length} warning(s)` : ''}`);
  } else {
    failed = true;
    const n = result.problems.length;
    console.error(`${file}: ${n} problem${n === 1 ? '' : 's'}; the widgets would not use this file and would show their bundled data instead.`);
  }
}
process.exit(failed ? 1 : 0);
