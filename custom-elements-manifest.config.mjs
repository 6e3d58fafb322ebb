// Custom Elements Manifest: JSDoc on every element, plus one plugin that documents the design
// tokens from src/core/styles/tokens.ts (the one source of truth) as each element's CSS properties.
import { importTs } from './scripts/import-ts.mjs';

const { colorTokens, scalarTokens } = await importTs({ colorTokens: 'src/core/styles/tokens.ts', scalarTokens: 'src/core/styles/tokens.ts' });

const cssProperties = [
  ...Object.entries(colorTokens).map(([name, t]) => ({
    name: `--crs-color-${name}`,
    description: `${t.doc} Light ${t.light}, dark ${t.dark}; fixed at ${t.contrast} in high-contrast.`,
    default: t.light,
  })),
  ...Object.entries(scalarTokens).map(([name, t]) => ({ name: `--crs-${name}`, description: t.doc, default: t.value })),
];

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  plugins: [
    {
      name: 'crs-design-tokens',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.tagName) declaration.cssProperties = [...(declaration.cssProperties ?? []), ...cssProperties];
          }
        }
      },
    },
  ],
};
