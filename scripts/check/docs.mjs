// docs:check — fails when an element, attribute, event, part or token is missing from the manifest
// or from the docs (README, the docs/ guides, Storybook pages and stories).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { importTs } from '../lib/import-ts.mjs';

const read = (p) => readFileSync(p, 'utf8');
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const manifest = JSON.parse(read('custom-elements.json'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const readme = read('README.md');
// The guides are Markdown in docs/ (shipped in the package, rendered by Storybook) plus the element pages' MDX.
const guides = [...walk('docs').filter((f) => f.endsWith('.md')), ...walk('stories').filter((f) => f.endsWith('.mdx'))].map(read).join('\n');
const stories = walk('stories').filter((f) => f.endsWith('.stories.ts')).map(read).join('\n');
const problems = [];

const { colorTokens, scalarTokens } = await importTs({ colorTokens: 'src/core/styles/tokens.ts', scalarTokens: 'src/core/styles/tokens.ts' });
const tokens = [...Object.keys(colorTokens).map((n) => `--crs-color-${n}`), ...Object.keys(scalarTokens).map((n) => `--crs-${n}`)];

// Every element folder with a define.ts registers one tag that the manifest must describe.
for (const folder of readdirSync('src').filter((f) => statSync(join('src', f)).isDirectory())) {
  const files = walk(join('src', folder)).filter((f) => f.endsWith('.ts'));
  const define = files.find((f) => f.endsWith('define.ts'));
  if (!define) continue;
  const tag = read(define).match(/define\('([^']+)'/)?.[1];
  if (!tag) continue;
  const d = declarations.find((x) => x.tagName === tag);
  if (!d) {
    problems.push(`${tag}: not in custom-elements.json (add @tagname to its JSDoc)`);
    continue;
  }
  const code = files.map(read).join('\n');
  const parts = new Set([...code.matchAll(/\bpart="([\w-]+)"/g)].map((m) => m[1]));
  const documentedParts = new Set((d.cssParts ?? []).map((p) => p.name));
  for (const part of parts) if (!documentedParts.has(part)) problems.push(`${tag}: part "${part}" is used but has no @csspart`);
  for (const part of documentedParts) if (!guides.includes(`\`${part}\``)) problems.push(`${tag}: part "${part}" is not in the Theming guide`);
  const events = new Set([...code.matchAll(/new CustomEvent\('([\w-]+)'/g)].map((m) => m[1]));
  const documentedEvents = new Set((d.events ?? []).map((e) => e.name));
  for (const event of events) {
    if (!documentedEvents.has(event)) problems.push(`${tag}: event "${event}" is dispatched but has no @fires`);
    if (!guides.includes(event)) problems.push(`${tag}: event "${event}" is not in the Events guide`);
  }
  if (!d.summary) problems.push(`${tag}: no @summary`);
  if (!readme.includes(`<${tag}>`)) problems.push(`${tag}: not in README.md`);
  if (!stories.includes(`component: '${tag}'`)) problems.push(`${tag}: no Storybook stories file`);
  for (const attribute of d.attributes ?? []) {
    if (!attribute.description) problems.push(`${tag}: attribute "${attribute.name}" has no description`);
    if (!readme.includes(`\`${attribute.name}\``)) problems.push(`${tag}: attribute "${attribute.name}" is not in README.md`);
  }
  const props = new Set((d.cssProperties ?? []).map((p) => p.name));
  for (const token of tokens) if (!props.has(token)) problems.push(`${tag}: token ${token} missing from the manifest`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`docs: ${declarations.length} elements, their attributes, events and parts, and ${tokens.length} tokens are documented`);
