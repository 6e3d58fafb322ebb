// Rollup plugin for the self-contained bundles (dist/crs-widgets*.js): makes the copy of Lit inside
// them safe on pages we do not control. Each rewrite names the exact code it expects and fails the
// build when a Lit upgrade changes it, so a fix cannot silently stop applying.
//
// 1. Trusted Types: our Lit creates the policy "crs-widgets", not "lit-html", so it never collides
//    with the page's own Lit (Lit 2 or 3, loaded before or after us) under `trusted-types`. Only the
//    first copy of CRS Widgets on a page creates it (a second copy's elements are never defined, so
//    it renders nothing); creating it never throws at load: a refused name becomes a console warning, or the
//    partner's fallback content when no name is allowed (src/core/element/render-guard.ts).
// 2. Old CMS libraries: Prototype.js 1.6 replaces Array.prototype.reduce, which Lit's `css` tag
//    uses to join a stylesheet; a plain loop cannot be replaced by the page.
// 3. SES lockdown freezes `Symbol` before Lit can add `Symbol.metadata`, so decorators had nowhere to
//    keep their metadata and the bundle threw at load. The bundle keeps its own metadata key instead.

import MagicString from 'magic-string';

const POLICY = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/;
const CSS_REDUCE = /(1===(\w+)\.length\?\2\[0\]:)(\w+)\.reduce\(/;
const METADATA_INIT = /Symbol\.metadata\?\?=Symbol\("metadata"\)/;

// Runs at the top of the bundle, before Lit. Written without the literal `Symbol.metadata`, which
// renderChunk rewrites.
const INTRO = `
const crs$metadata = (() => {
  const existing = Symbol["metadata"];
  if (existing) return existing;
  try {
    return (Symbol["metadata"] = Symbol("metadata"));
  } catch {
    return Symbol("metadata");
  }
})();
function crs$reduce(array, reducer, initial) {
  let result = initial;
  for (let i = 0; i < array.length; i++) result = reducer(result, array[i], i);
  return result;
}
function crs$policy(trustedTypes, rules) {
  const claimed = Symbol.for("crs-widgets.trusted-types");
  try {
    if (globalThis[claimed]) return undefined;
    Object.defineProperty(globalThis, claimed, { value: true });
  } catch {
    return undefined;
  }
  try {
    return trustedTypes.createPolicy("crs-widgets", rules);
  } catch {
    // Pages that followed the old guide allow only "lit-html": keep them working, and say what to change.
  }
  try {
    const policy = trustedTypes.createPolicy("lit-html", rules);
    console.warn('[crs-widgets] The Content-Security-Policy of this page does not allow the Trusted Types policy "crs-widgets", so the widgets use "lit-html", which other Lit code on the page may need. Add crs-widgets to the trusted-types directive (see "Content-Security-Policy and Trusted Types" in docs/embedding.md of the crs-widgets package).');
    return policy;
  } catch {
    // No name allowed. If the page also requires Trusted Types, the elements' first render is refused
    // and they say so then (src/core/element/render-guard.ts); if it does not, they render without a policy.
    return undefined;
  }
}
`;

/** Replaces every match of `pattern` (global) or the one match (else it must exist), keeping a source map. */
function rewrite(code, pattern, replacement, what, id) {
  const text = new MagicString(code);
  const all = new RegExp(pattern.source, 'g');
  let count = 0;
  for (const match of code.matchAll(all)) {
    count++;
    const replaced = match[0].replace(pattern, replacement);
    text.overwrite(match.index, match.index + match[0].length, replaced);
  }
  if (what && count !== 1) throw new Error(`rollup-lit-hardening: ${what} found ${count} times in ${id}; Lit changed, update the plugin`);
  return { code: text.toString(), map: text.generateMap({ hires: true }) };
}

export function litHardening() {
  const seen = new Set();
  return {
    name: 'crs-lit-hardening',
    outputOptions(options) {
      return { ...options, intro: INTRO };
    },
    transform(code, id) {
      if (/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) {
        seen.add('policy');
        return rewrite(code, POLICY, 'crs$$policy($1,$2)', 'the lit-html policy', id);
      }
      if (/[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/.test(id)) {
        seen.add('css');
        return rewrite(code, CSS_REDUCE, '$1crs$$reduce($3,', 'the css reduce', id);
      }
      if (/[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/.test(id)) {
        seen.add('metadata');
        return rewrite(code, METADATA_INIT, 'void 0', 'the Symbol.metadata set-up', id);
      }
      return null;
    },
    buildEnd() {
      for (const part of ['policy', 'css', 'metadata']) {
        if (!seen.has(part)) this.error(`rollup-lit-hardening: the ${part} module was not bundled`);
      }
    },
    renderChunk(code) {
      return rewrite(code, /\bSymbol\.metadata\b/, 'crs$$metadata');
    },
  };
}
