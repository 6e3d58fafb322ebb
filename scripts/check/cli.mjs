// Tests `npx crs-widgets validate` as a partner runs it (after a build): the starter file passes with
// exit code 0; a file with three mistakes gets three precise lines and exit code 1.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const bin = pkg.bin?.['crs-widgets'];
const failures = [];
const check = (ok, what) => ok || failures.push(what);
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

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
for (const path of [bin.replace(/^\.\//, ''), 'data/crs.json', 'dist/esm/core/data/validate.js']) check(shipped.has(path), `npm pack ships ${path}`);

if (failures.length) {
  console.error(`check-cli:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('cli: validate passes the starter file (exit 0) and lists three mistakes in three lines (exit 1)');
