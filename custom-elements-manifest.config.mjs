// Custom Elements Manifest: JSDoc on every element, plus one plugin that adds what JSDoc alone cannot say:
// - the design tokens from src/core/styles/tokens.ts (the one source of truth) as each element's CSS properties,
//   and `tokensUsed`: the tokens the element's own styles (and the elements it renders) actually read;
// - `dependencies`: the other CRS elements an element renders;
// - each event's `detail` shape, read from the interface named in `@fires {CustomEvent<…>}`;
// - method descriptions (and signatures) from `@method name(params): type - description` in the class JSDoc.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importTs } from './scripts/lib/import-ts.mjs';

const { colorTokens, scalarTokens } = await importTs({ colorTokens: 'src/core/styles/tokens.ts', scalarTokens: 'src/core/styles/tokens.ts' });

const cssProperties = [
  ...Object.entries(colorTokens).map(([name, t]) => ({
    name: `--crs-color-${name}`,
    alias: name,
    description: `${t.doc} Light ${t.light}, dark ${t.dark}; fixed at ${t.contrast} in high-contrast.`,
    default: t.light,
  })),
  ...Object.entries(scalarTokens).map(([name, t]) => ({ name: `--crs-${name}`, alias: name, description: t.doc, default: t.value })),
];

/** Styles every element shares (the theme only declares the aliases; base.ts reads them). */
const SHARED_STYLES = ['src/core/styles/base.ts'];
const read = (path) => readFileSync(path, 'utf8');
const folderSources = (folder) => readdirSync(folder).filter((f) => f.endsWith('.ts')).map((f) => read(join(folder, f)));

/** Private aliases (`--_name`) an element's sources read; `--_region-${…}` stands for every region colour. */
function aliasesRead(sources) {
  const used = new Set();
  for (const source of sources) {
    for (const [, name, dynamic] of source.matchAll(/--_([a-z0-9-]*[a-z0-9])(-\$\{)?/g)) {
      if (dynamic) cssProperties.filter((p) => p.alias.startsWith(`${name}-`)).forEach((p) => used.add(p.alias));
      else used.add(name);
    }
  }
  return used;
}

/** `name: type;` members of the interfaces and string-literal type aliases a module declares. */
function typeShapes(ts, sourceFile) {
  const shapes = new Map();
  const aliases = new Map();
  sourceFile.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) {
      shapes.set(node.name.text, node.members.map((m) => m.getText(sourceFile).replace(/;$/, '')));
    } else if (ts.isTypeAliasDeclaration(node) && /^('[^']*'\s*\|\s*)+'[^']*'$/.test(node.type.getText(sourceFile))) {
      aliases.set(node.name.text, node.type.getText(sourceFile));
    }
  });
  return { shapes, aliases };
}

const moduleTypes = new Map();
const methodDocs = new Map();
/** `@attr {type} [name=default] - description` from the class JSDoc: the analyzer lets the field's type and comment win. */
const attrDocs = new Map();
/**
 * Fields marked `@internal`: the analyzer keeps the tag on a decorated field but lists a field declared in
 * `static properties` as public, so they are taken out here (with what inherits them).
 */
const internalFields = new Set();

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  plugins: [
    {
      name: 'crs-api-details',
      analyzePhase({ ts, node, moduleDoc }) {
        if (ts.isSourceFile(node)) moduleTypes.set(moduleDoc.path, typeShapes(ts, node));
        if (ts.isClassDeclaration(node) && node.name) {
          for (const member of node.members) {
            if (ts.isPropertyDeclaration(member) && member.jsDoc?.some((d) => d.getFullText().includes('@internal'))) internalFields.add(member.name.getText());
          }
          for (const doc of node.jsDoc ?? []) {
            const methods = /@method\s+(\w+)(\([^)]*\)(?::\s*\w+)?)?\s+-\s+([^@]*?)(?=\n\s*\*\s*(?:@|\/|$))/g;
            for (const [, name, signature, description] of doc.getFullText().matchAll(methods)) {
              methodDocs.set(`${moduleDoc.path}#${node.name.text}.${name}`, { signature: signature && `${name}${signature}`, description: description.replace(/\s*\n\s*\*\s*/g, ' ').trim() });
            }
            const attrs = /@attr\s+\{([^}]*)\}\s+\[?([\w-]+)(?:=([^\]\s]+))?\]?\s+-\s+([^@]*?)(?=\n\s*\*\s*(?:@|\/|$))/g;
            for (const [, type, name, fallback, description] of doc.getFullText().matchAll(attrs)) {
              attrDocs.set(`${moduleDoc.path}#${node.name.text}.${name}`, { type, fallback, description: description.replace(/\s*\n\s*\*\s*/g, ' ').trim() });
            }
          }
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        const elements = customElementsManifest.modules.flatMap((module) =>
          (module.declarations ?? []).filter((d) => d.tagName).map((declaration) => ({ module, declaration })),
        );
        const sourcesOf = new Map(elements.map(({ module, declaration }) => [declaration.tagName, folderSources(dirname(module.path)).join('\n')]));
        const shared = aliasesRead(SHARED_STYLES.map(read));

        for (const { module, declaration } of elements) {
          const own = sourcesOf.get(declaration.tagName);
          declaration.dependencies = elements
            .map((e) => e.declaration.tagName)
            .filter((tag) => tag !== declaration.tagName && new RegExp(`<${tag}[\\s>]`).test(own));
          const used = new Set([...shared, ...aliasesRead([own, ...declaration.dependencies.map((tag) => sourcesOf.get(tag))])]);
          // Every token stays documented (a partner may set any of them on an ancestor); tokensUsed says which this element reads.
          // Colours are read through private aliases this scan cannot name: the class declares them with @cssprop.
          const declared = new Set((declaration.cssProperties ?? []).map((p) => p.name));
          const others = cssProperties.filter((p) => !declared.has(p.name));
          declaration.cssProperties = [...(declaration.cssProperties ?? []), ...others.map((p) => ({ name: p.name, description: p.description, default: p.default }))];
          declaration.tokensUsed = [...declared, ...others.filter((p) => used.has(p.alias)).map((p) => p.name)];

          const { shapes, aliases } = moduleTypes.get(module.path) ?? { shapes: new Map(), aliases: new Map() };
          for (const event of declaration.events ?? []) {
            const detailType = event.type?.text?.match(/^CustomEvent<(\w+)>$/)?.[1];
            const members = detailType && shapes.get(detailType);
            if (members) {
              // A string-literal alias is spelled out, whichever module declares it (`via: SelectVia` → its values).
              const spelled = (type) => aliases.get(type) ?? [...moduleTypes.values()].find((t) => t.aliases.has(type))?.aliases.get(type);
              const inline = (m) => m.replace(/:\s*(\w+)$/, (all, type) => (spelled(type) ? `: ${spelled(type)}` : all));
              event.detail = `{ ${members.map(inline).join('; ')} }`;
            }
          }
          for (const attribute of declaration.attributes ?? []) {
            const doc = attrDocs.get(`${module.path}#${declaration.name}.${attribute.name}`);
            if (!doc) continue;
            attribute.type = { text: doc.type };
            attribute.description = doc.description;
            if (doc.fallback) attribute.default = doc.fallback;
            else delete attribute.default;
          }
          declaration.members = declaration.members?.filter((m) => !(m.kind === 'field' && internalFields.has(m.name)));
          for (const member of declaration.members ?? []) {
            const doc = member.kind === 'method' && methodDocs.get(`${module.path}#${declaration.name}.${member.name}`);
            if (doc) Object.assign(member, doc.signature ? doc : { description: doc.description });
          }
        }
      },
    },
  ],
};
