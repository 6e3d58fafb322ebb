// Imports TypeScript sources into a Node script (build-time checks and generators) by bundling them
// with esbuild in memory: the scripts read the same modules the widgets ship, not copies.
import { build } from 'esbuild';

/** `modules` maps export names to source files: { colorTokens: 'src/core/styles/tokens.ts' }. */
export async function importTs(modules) {
  const contents = Object.entries(modules)
    .map(([name, file]) => `export { ${name} } from './${file}';`)
    .join('\n');
  const { outputFiles } = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
