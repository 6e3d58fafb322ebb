/**
 * Registers a tag only if it is free. When another copy of CRS Widgets got there first (the
 * bundle loaded twice, or two versions), its definition wins and the page gets one warning
 * naming both versions; nothing throws into the host page.
 */
type Versioned = CustomElementConstructor & { version?: string };
const WARNED = Symbol.for('crs-widgets.duplicate-warned');
const CHECKED = Symbol.for('crs-widgets.environment-checked');

/** Whether `probe` still answers as the built-in does; a probe that throws is broken too. */
const works = (probe: () => boolean): boolean => {
  try {
    return probe();
  } catch {
    return false;
  }
};

/**
 * Built-ins that old CMS libraries replace (Prototype.js 1.6 `Array.prototype.reduce`, Prototype
 * and MooTools `Array.from`). The widgets do not depend on them, but the page's other code may,
 * and a partner debugging an odd page should learn why: one console warning per page.
 */
function brokenBuiltIns(): string[] {
  const broken: string[] = [];
  if (!works(() => Array.from({ length: 2 }, (_, i) => i).join() === '0,1')) broken.push('Array.from');
  if (!works(() => [1, 2, 3].reduce((sum, n) => sum + n, 10) === 16)) broken.push('Array.prototype.reduce');
  if (!works(() => [1, 2].map((n) => n * 2).join() === '2,4')) broken.push('Array.prototype.map');
  if (!works(() => JSON.stringify([1]) === '[1]')) broken.push('JSON.stringify (Array.prototype.toJSON)');
  return broken;
}

function checkEnvironment(): void {
  const page = globalThis as unknown as Record<symbol, boolean>;
  if (page[CHECKED]) return;
  page[CHECKED] = true;
  const broken = brokenBuiltIns();
  if (!broken.length) return;
  console.warn(
    `[crs-widgets] This page replaces built-in JavaScript functions (${broken.join(', ')}), as old libraries such ` +
      `as Prototype.js or MooTools do. CRS Widgets does not rely on them, but if a widget looks wrong see ` +
      `"Old CMS pages" in the Embedding guide.`,
  );
}

/** A class of CRS Widgets (any copy, any version) carries its version; the page's own elements do not. */
export const isOurs = (ctor: CustomElementConstructor | undefined): boolean => typeof (ctor as Versioned | undefined)?.version === 'string';

export function define(tag: string, ctor: Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  try {
    checkEnvironment();
  } catch {
    // A page that freezes globalThis: no check, and no error either.
  }
  const existing = registry.get(tag) as Versioned | undefined;
  if (!existing) {
    try {
      registry.define(tag, ctor);
      return;
    } catch (error) {
      console.warn(`[crs-widgets] <${tag}> could not be registered:`, error);
      return;
    }
  }
  if (existing === ctor) return;
  const page = globalThis as unknown as Record<symbol, boolean>;
  if (page[WARNED]) return;
  page[WARNED] = true;
  console.warn(
    isOurs(existing)
      ? `[crs-widgets] <${tag}> is already defined by CRS Widgets ${existing.version}; this copy (version ` +
          `${ctor.version ?? 'unknown'}) leaves the existing elements in place. Load the bundle once.`
      : `[crs-widgets] <${tag}> is already defined by another script on this page, not by CRS Widgets: that element ` +
          `stays, and CRS Widgets does not nest it in its own widgets. Rename one of them to use both.`,
  );
}
