// Tests `npx crs-widgets validate` as a partner runs it (after a build): the starter file passes with
// exit code 0; a file with three mistakes gets three precise lines and exit code 1; a hostile file never
// reaches the terminal raw, and a huge file, a device or a directory ends at once with a clear message.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const bin = pkg.bin?.['crs-widgets'];
const failures = [];
const check = (ok, what) => ok || failures.push(what);
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 20_000 });
// What a terminal would act on or hide: ESC (cursor, colours, `\u001b[8m` hiding, OSC 52 clipboard), other C0
// and C1 controls (U+009B is a one-byte CSI), bidi controls and invisible characters.
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

check(bin && pkg.exports['./data/crs.json'] === './data/crs.json', 'package.json declares the bin and exports ./data/crs.json');

const starter = run('validate', 'data/crs.json');
check(starter.status === 0, `starter file: exit ${starter.status}, expected 0\n${starter.stdout}${starter.stderr}`);
check(/valid — 15 offices, 10 regions/.test(starter.stderr), `starter file: no "valid" summary in ${JSON.stringify(starter.stderr)}`);

const dir = mkdtempSync(join(tmpdir(), 'crs-cli-'));
try {
  const data = JSON.parse(readFileSync('data/crs.json', 'utf8'));
  const office = (id) => data.offices.find((o) => o.id === id);
  office('houston').phone = '713-718-486';
  office('detroit').email = 'askcrs@usdoj.gov?subject=Hello';
  data.contact.website = 'http://www.justice.gov/crs';
  const file = join(dir, 'partner.json');
  writeFileSync(file, JSON.stringify(data));
  const bad = run('validate', file);
  const lines = bad.stdout.trim().split('\n');
  check(bad.status === 1, `three mistakes: exit ${bad.status}, expected 1`);
  const expected = [
    `${file}: contact, website: is "http://www.justice.gov/crs" — expected an address starting with https:// (such as "https://www.justice.gov/crs"); http: is not accepted, only https:`,
    `${file}: office "detroit", email: is "askcrs@usdoj.gov?subject=Hello" — expected a bare email address such as "askcrs@usdoj.gov", without "mailto:" or "?" parameters`,
    `${file}: office "houston", phone: is "713-718-486" — expected a phone number that converts to E.164: a U.S. number of 10 digits ("202-305-2935") or + and 8–15 digits ("+1 202 305 2935")`,
  ];
  check(JSON.stringify(lines) === JSON.stringify(expected), `three mistakes: got\n${lines.join('\n')}\nexpected\n${expected.join('\n')}`);
  check(/3 problems/.test(bad.stderr), `three mistakes: no count in ${JSON.stringify(bad.stderr)}`);

  // Valid, but larger than the widgets load: not usable, so not "valid".
  const big = { ...JSON.parse(readFileSync('data/crs.json', 'utf8')) };
  big.offices[0].name = { en: big.offices[0].name ?? 'CRS Headquarters' };
  writeFileSync(join(dir, 'big.json'), JSON.stringify(big) + ' '.repeat(600 * 1024));
  const tooBig = run('validate', join(dir, 'big.json'));
  check(tooBig.status === 1 && /expected at most 524288 bytes/.test(tooBig.stdout), `a file over 512 KB: exit 1 and says so
${tooBig.stdout}${tooBig.stderr}`);

  // A hostile file: escapes in an office id, a region id, an unknown key, a language tag, a stateProvenance
  // key and a value; each reaches the terminal as a visible escape, shortened.
  const ESC = '\u001b';
  const hostile = JSON.parse(readFileSync('data/crs.json', 'utf8'));
  hostile.offices[1].id = `${ESC}]0;pwned${ESC}\\${ESC}[2J`;
  hostile.regions[0].id = `${ESC}[8m`;
  hostile.offices[2][`${ESC}]52;c;cm0gLXJmIH4=${ESC}\\`] = 1;
  hostile.offices[3].name = { [`e\u009b31m\u202en`]: 'x' };
  hostile.regions[1].stateProvenance = { [`${ESC}[8mNJ`]: { confidence: 'inferred' } };
  hostile.offices[4].city = `Atlanta${ESC}[8m${'x'.repeat(400)}`;
  writeFileSync(join(dir, 'hostile.json'), JSON.stringify(hostile));
  const attack = run('validate', join(dir, 'hostile.json'));
  const printed = attack.stdout + attack.stderr;
  check(attack.status === 1, `hostile file: exit ${attack.status}, expected 1`);
  check(!RAW.test(printed), `hostile file: raw control, escape or bidi characters reach the terminal:\n${JSON.stringify(printed)}`);
  check(printed.includes('\\u001b]52;c;') && /\d+ problems/.test(attack.stderr), `hostile file: the escapes are shown, and the count:\n${printed}`);
  check(printed.split('\n').every((line) => line.length < 1200), 'hostile file: every printed line is shortened');
  // The JSON parser quotes the text around its error: that snippet is escaped too.
  writeFileSync(join(dir, 'hostile-broken.json'), `{"a": "${ESC}]52;c;cm0=${ESC}\\${ESC}[8m\u202e"`);
  const brokenHostile = run('validate', join(dir, 'hostile-broken.json'));
  check(brokenHostile.status === 1 && brokenHostile.stdout.includes('not valid JSON') && !RAW.test(brokenHostile.stdout + brokenHostile.stderr),
    `a hostile file that is not JSON: said, and escaped:\n${JSON.stringify(brokenHostile.stdout)}`);

  // Size before reading: a device that never ends, a 600 MB file (sparse: no disk used) and a directory.
  const started = Date.now();
  const zero = run('validate', '/dev/zero');
  check(zero.status === 1 && /more than 524288 bytes/.test(zero.stdout) && Date.now() - started < 10_000, `/dev/zero: ends at once and says it is too large\n${zero.stdout}${zero.stderr}`);
  writeFileSync(join(dir, 'huge.json'), '');
  truncateSync(join(dir, 'huge.json'), 600 * 1024 * 1024);
  const huge = run('validate', join(dir, 'huge.json'));
  check(huge.status === 1 && huge.stdout.includes(`is ${600 * 1024 * 1024} bytes — expected at most 524288 bytes`), `a 600 MB file: refused by its size\n${huge.stdout}${huge.stderr}`);
  mkdirSync(join(dir, 'folder.json'));
  const folder = run('validate', join(dir, 'folder.json'));
  check(folder.status === 1 && folder.stdout.includes('is a directory'), `a directory: says so\n${folder.stdout}${folder.stderr}`);

  // A byte order mark: read as the browser reads it (dropped), so the starter with a BOM is valid in both.
  writeFileSync(join(dir, 'bom.json'), `\ufeff${readFileSync('data/crs.json', 'utf8')}`);
  const bom = run('validate', join(dir, 'bom.json'));
  check(bom.status === 0, `a UTF-8 byte order mark: accepted as in the browser, exit ${bom.status}\n${bom.stdout}${bom.stderr}`);

  writeFileSync(join(dir, 'broken.json'), '{ "schemaVersion": 2,');
  const broken = run('validate', join(dir, 'broken.json'));
  check(broken.status === 1 && broken.stdout.includes('not valid JSON'), 'a file that is not JSON: exit 1 and says so');
  check(run().status === 2, 'no command: exit 2 with the usage');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// `npx crs-widgets` resolves the bin through package.json exactly as above; keep `npm pack` honest too.
const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }))[0];
const shipped = new Set(packed.files.map((f) => f.path));
for (const path of [bin.replace(/^\.\//, ''), 'data/crs.json', 'dist/esm/validate.js', 'dist/esm/core/data/report.js']) check(shipped.has(path), `npm pack ships ${path}`);

if (failures.length) {
  console.error(`check-cli:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('cli: validate passes the starter file (exit 0), lists three mistakes in three lines (exit 1), escapes a hostile file and refuses huge files, devices and directories before reading them');
