// Keeps the README's code map true: every tracked top-level folder is named (itself or a path in it),
// every folder under src/ and scripts/ has its own line, and every path the map names exists. Run: node scripts/check/code-map.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The paths in the first column of the map's code block ("stories/, .storybook/" names two). */
export function mappedPaths(readme) {
  const block = readme.match(/## Code map\n+```\n([\s\S]*?)```/)?.[1];
  if (!block) return null;
  return block
    .split('\n')
    .map((line) => line.split(/\s{2,}/)[0].trim())
    .filter(Boolean)
    .flatMap((column) => column.split(/,\s*/));
}

/** Folders the map must name, as "path/": `top` (top-level) and `own` (under src/ and scripts/). */
export function requiredFolders(trackedFiles) {
  const top = new Set();
  const own = new Set();
  for (const file of trackedFiles) {
    const parts = file.split('/');
    if (parts.length > 1) top.add(`${parts[0]}/`);
    if (parts[0] === 'src' || parts[0] === 'scripts') {
      for (let dir = dirname(file); dir.includes('/'); dir = dirname(dir)) own.add(`${dir}/`);
    }
  }
  return { top: [...top].sort(), own: [...own].sort() };
}

export function codeMapProblems(readme, trackedFiles) {
  const mapped = mappedPaths(readme);
  if (!mapped) return ['README.md has no "## Code map" code block'];
  const problems = [];
  const { top, own } = requiredFolders(trackedFiles);
  for (const folder of top) {
    if (!mapped.some((path) => path.startsWith(folder))) problems.push(`README.md code map: ${folder} is missing`);
  }
  for (const folder of own) if (!mapped.includes(folder)) problems.push(`README.md code map: ${folder} has no line`);
  for (const path of mapped) if (!existsSync(path)) problems.push(`README.md code map: ${path} does not exist`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const problems = codeMapProblems(readFileSync('README.md', 'utf8'), tracked);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`code map: ${mappedPaths(readFileSync('README.md', 'utf8')).length} paths, every folder listed`);
}
