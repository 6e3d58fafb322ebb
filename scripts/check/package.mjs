// Checks what `npm pack` publishes: the bundles, per-element modules with types, the manifest, the JSON
// Schema, editor data, README and LICENSE — and no sources, tests or maps of them. Then the maintained
// linters read the same tarball: publint (package.json fields against the files) and arethetypeswrong
// (every export resolves to JavaScript and its types, for ESM users: the package has no CommonJS build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'crs-pack-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
// npm is npm.cmd on Windows, which only a shell runs.
const npm = (args) => execFileSync('npm', args, { encoding: 'utf8', shell: process.platform === 'win32' });
const [pack] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tmp]));
const tarball = join(tmp, pack.filename);
// The linters' command files, run with this Node (their `exports` do not expose them to require.resolve).
const bin = (path) => join('node_modules', path);
const lint = (file, args) => {
  try {
    execFileSync(process.execPath, [bin(file), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    console.error(`${error.stdout}${error.stderr}`);
    process.exit(1);
  }
};
const files = new Set(pack.files.map((f) => f.path));
const REQUIRED = [
  'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'schema/crs-data.schema.json',
  'dist/crs-widgets.js', 'dist/crs-widgets.iife.js', 'dist/vscode.html-custom-data.json',
  'dist/esm/index.js', 'dist/types/index.d.ts',
  'dist/esm/contact-card/define.js', 'dist/types/contact-card/define.d.ts',
  'dist/esm/services-list/define.js', 'dist/types/services-list/define.d.ts',
  'dist/esm/office-locator/define.js', 'dist/types/office-locator/define.d.ts',
  'dist/esm/react/index.js', 'dist/types/react/index.d.ts', 'data/crs.json', 'bin/crs-widgets.mjs',
  // Every language as a module npm users import, and as a single-language bundle.
  ...JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales.flatMap((tag) => [
    `dist/esm/locales/${tag}.js`, `dist/types/locales/${tag}.d.ts`, `dist/crs-widgets.${tag}.js`,
  ]),
];
const missing = REQUIRED.filter((f) => !files.has(f));
const unwanted = [...files].filter((f) => /^(src|tests|stories|scripts|xliff|demo|\.storybook|\.ci)\//.test(f) || f.includes('node_modules'));
if (missing.length || unwanted.length) {
  if (missing.length) console.error(`npm pack is missing: ${missing.join(', ')}`);
  if (unwanted.length) console.error(`npm pack would publish: ${unwanted.slice(0, 10).join(', ')}`);
  process.exit(1);
}
// Every export in package.json points at a file in the package.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
// A pattern export ("./locales/*.js") must match at least one shipped file.
const matches = (target) => {
  if (!target.includes('*')) return files.has(target);
  const [head, tail] = target.split('*');
  return [...files].some((f) => f.startsWith(head) && f.endsWith(tail) && f.length > head.length + tail.length);
};
const broken = targets.map((t) => t.replace(/^\.\//, '')).filter((t) => !matches(t));
if (broken.length) {
  console.error(`package.json exports point at missing files: ${broken.join(', ')}`);
  process.exit(1);
}
// Every sourceMappingURL a shipped script names is shipped too, so no comment points outside the package.
const unmapped = [...files].filter((f) => f.endsWith('.js')).flatMap((f) => {
  const name = readFileSync(f, 'utf8').match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
  const map = name && join(dirname(f), name);
  return map && !files.has(map) ? [`${f} → ${map}`] : [];
});
if (unmapped.length) {
  console.error(`scripts name source maps the package does not ship: ${unmapped.slice(0, 5).join(', ')}`);
  process.exit(1);
}
lint('publint/src/cli.js', ['run', tarball, '--level', 'error']);
lint('@arethetypeswrong/cli/dist/index.js', [tarball, '--profile', 'esm-only', '--format', 'ascii']);
console.log(`package: publint and arethetypeswrong clean; ${pack.name}@${pack.version}, ${pack.entryCount} files, ${(pack.size / 1024).toFixed(1)} KB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KB unpacked`);
