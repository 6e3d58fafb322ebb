import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { litHardening } from './scripts/build/rollup-lit-hardening.mjs';
import { shortMessageIds } from './scripts/build/rollup-short-ids.mjs';

// TypeScript is compiled once, before rollup, by `tsc -p tsconfig.build.json` (JavaScript with source maps
// into dist/.tsc, declarations into dist/types): every bundle below starts from that output instead of
// compiling the sources again per bundle (ten times). Type errors fail that tsc run, so the build still
// stops on them. Without the `development` export condition, lit resolves to its production build. The
// self-contained bundles carry their own Lit, hardened for pages we do not control (litHardening).
const COMPILED = 'dist/.tsc';
const js = (path) => path.replace(/^src\//, `${COMPILED}/`).replace(/\.ts$/, '.js');

/**
 * Hands rollup the compiled modules with their source maps, so the bundles' maps still point at src/*.ts.
 * Our own modules are resolved here, not by node-resolve, whose reading of package.json `sideEffects`
 * (written for src/ and dist/esm/) would drop the side-effect-only entries.
 */
const compiled = () => ({
  name: 'crs-compiled-ts',
  resolveId(source, importer) {
    if (!importer?.startsWith(resolve(COMPILED)) || !source.startsWith('.')) return null;
    return resolve(importer, '..', source);
  },
  buildStart() {
    if (!existsSync(COMPILED)) this.error(`${COMPILED} is missing: run tsc -p tsconfig.build.json first (npm run build does).`);
  },
  load(id) {
    if (!id.startsWith(resolve(COMPILED)) || !id.endsWith('.js')) return null;
    const code = readFileSync(id, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
    return { code, map: readFileSync(`${id}.map`, 'utf8') };
  },
});
const minify = (module) => terser({ ecma: 2022, module, format: { comments: false }, compress: { passes: 2 } });
const onwarn = (warning) => {
  // Any warning is a bug in the build: fail rather than ship it.
  throw new Error(`rollup: ${warning.message}`);
};

// Every build: the npm modules' locale files import the same shortened MESSAGE_IDS as the elements.
const shortIds = () => shortMessageIds(js('src/generated/message-ids.ts'));

const TARGET_LOCALES = JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales;

/** Registers one locale instead of all seven (dist/crs-widgets.<locale>.js): English is always built in. */
const onlyLocale = (locale) => ({
  name: 'crs-only-locale',
  resolveId(source, importer) {
    if (!source.endsWith('/locales/all.js') || !importer) return null;
    return resolve(importer, '..', source.replace(/all\.js$/, `${locale}.js`));
  },
});

const configs = [
  {
    input: js('src/index.ts'),
    output: { file: 'dist/crs-widgets.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [compiled(), shortIds(), minifyLiterals(), nodeResolve(), litHardening(), minify(true)],
    onwarn,
  },
  {
    input: js('src/bundle-classic.ts'),
    output: { file: 'dist/crs-widgets.iife.js', format: 'iife', sourcemap: true, inlineDynamicImports: true },
    plugins: [compiled(), shortIds(), minifyLiterals(), nodeResolve(), litHardening(), minify(false)],
    onwarn,
  },
  {
    // For npm users: one module per source file, lit left to their bundler so it is shared.
    input: Object.fromEntries(
      Object.entries({
        index: 'src/index.ts',
        'contact-card/define': 'src/contact-card/define.ts',
        'services-list/define': 'src/services-list/define.ts',
        'office-locator/define': 'src/office-locator/define.ts',
        'react/index': 'src/react/index.ts',
        // The data file check for Node (npx crs-widgets validate, partners' build scripts).
        validate: 'src/validate.ts',
        'locales/all': 'src/locales/all.ts',
        ...Object.fromEntries(TARGET_LOCALES.map((l) => [`locales/${l}`, `src/locales/${l}.ts`])),
      }).map(([name, path]) => [name, js(path)]),
    ),
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: COMPILED, sourcemap: true },
    external: (id) => /^(lit|@lit\/localize|@lit\/react|react|tslib)(\/|$)/.test(id),
    // Template literals minified here too, so an npm user's bundle is as small as ours.
    plugins: [compiled(), shortIds(), minifyLiterals()],
    onwarn,
  },
  // For single-language pages: English plus one locale, otherwise the same self-contained module.
  ...TARGET_LOCALES.map((locale) => ({
    input: js('src/index.ts'),
    output: { file: `dist/crs-widgets.${locale}.js`, format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [onlyLocale(locale), compiled(), shortIds(), minifyLiterals(), nodeResolve(), litHardening(), minify(true)],
    onwarn,
  })),
];
// V8's explicit compile hint: the magic comment on the first line of a script makes Chromium compile every
// function eagerly, on a background thread while the file streams in, instead of lazily on the main thread at
// first call; all of our code runs on load. Added after terser (which drops comments) to the self-contained
// bundles; a prepended line shifts the source map by one line (";"). The npm modules are left to the user's bundler.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const compileHint = () => ({
  name: 'crs-compile-hint',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      chunk.code = COMPILE_HINT + chunk.code;
      const map = bundle[`${chunk.fileName}.map`];
      if (map) map.source = map.source.replace('"mappings":"', '"mappings":";');
    }
  },
});
for (const config of configs) if (config.output.file) config.plugins.push(compileHint());

export default configs;
