#!/usr/bin/env node
// crs-widgets validate <file.json>…: checks partner data with the validator the widgets run on
// data-src, and lists every problem (office or region, field, bad value, expected form).
// Exit code: 0 when every file is usable, 1 when one has problems, 2 on wrong usage.
// A partner file may be hostile: every part of it that is printed (ids, keys, values, the JSON parser's
// snippet) is escaped and shortened, so it cannot move the cursor, hide a line, retitle the window or
// write the clipboard; and no more than the widgets would load is ever read.
import { closeSync, openSync, readSync, statSync } from 'node:fs';

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

let check;
let MAX_BYTES;
try {
  check = await import('../dist/esm/validate.js');
  // The widgets refuse a larger file before reading it: so does the check.
  ({ MAX_BYTES } = await import('../dist/esm/core/data/load.js'));
} catch {
  console.error('crs-widgets: the validator is missing from dist/esm (in a clone of the repository, run npm run build first).');
  process.exit(2);
}
const { validateDataset, describeProblems, warningsFor, visible } = check;
const LIMIT = `at most ${MAX_BYTES} bytes (${MAX_BYTES / 1024} KB): the widgets would not load it`;

/**
 * The file's text as the browser reads it (UTF-8, a byte order mark dropped), or why it cannot be read.
 * The size is checked before reading; a device or pipe (/dev/zero) is read only up to the limit.
 */
function read(file) {
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    return { problem: error.code === 'ENOENT' ? 'no such file' : `cannot be read (${error.code ?? error.message})` };
  }
  if (stat.isDirectory()) return { problem: 'is a directory — expected a JSON file' };
  if (stat.isFile() && stat.size > MAX_BYTES) return { problem: `is ${stat.size} bytes — expected ${LIMIT}` };
  const bytes = Buffer.alloc(MAX_BYTES + 1);
  let size = 0;
  let fd;
  try {
    fd = openSync(file, 'r');
    for (let n = 1; n > 0 && size <= MAX_BYTES; size += n) n = readSync(fd, bytes, size, bytes.length - size, null);
  } catch (error) {
    return { problem: `cannot be read (${error.code ?? error.message})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (size > MAX_BYTES) return { problem: `is more than ${MAX_BYTES} bytes — expected ${LIMIT}` };
  return { text: new TextDecoder().decode(bytes.subarray(0, size)) };
}

let failed = false;
for (const file of files) {
  const name = visible(file, 200);
  // Every line goes through `visible` once more: nothing from the file reaches the terminal raw.
  const say = (line, stream = console.log) => stream(visible(`${name}: ${line}`, 1000));
  const { text, problem } = read(file);
  let json;
  try {
    if (problem) throw new Error(problem);
    json = JSON.parse(text);
  } catch (error) {
    say(problem ?? `not valid JSON (${visible(error.message, 160)})`);
    failed = true;
    continue;
  }
  const result = validateDataset(json);
  if (result.ok) {
    const warnings = warningsFor(json, Date.now());
    for (const warning of warnings) say(`warning: ${warning}`);
    const { offices, regions } = result.data;
    say(`valid — ${offices.length} offices, ${regions.length} regions${warnings.length ? `, ${warnings.length} warning(s)` : ''}`, console.error);
  } else {
    failed = true;
    for (const described of describeProblems(result.problems, json)) say(described.message);
    const n = result.problems.length;
    say(`${n} problem${n === 1 ? '' : 's'}; the widgets would not use this file and would show their bundled data instead.`, console.error);
  }
}
process.exit(failed ? 1 : 0);
