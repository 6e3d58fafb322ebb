/**
 * The Custom Elements Manifest as the docs show it: the public API only. The analyzer records every
 * member, private and protected ones included (marked `privacy`); a partner can use none of them, so they
 * are dropped here, before Storybook builds its tables and controls. Fields that back an attribute are
 * dropped too (the attribute row documents them and names the property), and each element's CSS
 * properties are narrowed to the tokens it reads (`tokensUsed`, written by custom-elements-manifest.config.mjs).
 */
export interface ManifestMember {
  kind: 'field' | 'method';
  name: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  description?: string;
  type?: { text: string };
  default?: string;
  attribute?: string;
  parameters?: { name: string; type?: { text: string }; default?: string; optional?: boolean; description?: string }[];
  return?: { type?: { text: string } };
  /** Written by custom-elements-manifest.config.mjs from `@method name(…) - …`. */
  signature?: string;
}
export interface ManifestItem {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  detail?: string;
}
export interface ElementDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  members?: ManifestMember[];
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
  tokensUsed?: string[];
  dependencies?: string[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ElementDeclaration[]; exports?: unknown[] }[];
}

export const isPublic = (m: ManifestMember): boolean =>
  (m.privacy ?? 'public') === 'public' && !m.static && !m.name.startsWith('_') && !m.name.startsWith('#');

export function curateElement(d: ElementDeclaration): ElementDeclaration {
  const attributeFields = new Set((d.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  const used = d.tokensUsed ? new Set(d.tokensUsed) : undefined;
  return {
    ...d,
    members: (d.members ?? []).filter((m) => isPublic(m) && !(m.kind === 'field' && attributeFields.has(m.name))),
    attributes: (d.attributes ?? []).map((a) => ({
      ...a,
      description: a.fieldName && a.fieldName !== a.name ? `${a.description ?? ''} Property: \`${a.fieldName}\`.`.trim() : a.description,
    })),
    cssProperties: (d.cssProperties ?? []).filter((p) => !used || used.has(p.name)),
  };
}

export function curateManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((m) => ({
      ...m,
      declarations: m.declarations?.map((d) => (d.tagName ? curateElement(d) : d)),
    })),
  };
}

export function elementDeclaration(manifest: Manifest, tag: string): ElementDeclaration {
  for (const module of manifest.modules) {
    const found = module.declarations?.find((d) => d.tagName === tag);
    if (found) return found;
  }
  throw new Error(`${tag} is not in custom-elements.json: run npm run analyze`);
}
