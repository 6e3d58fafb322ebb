/**
 * Registers a tag only if it is free. When another copy of CRS Widgets got there first (the
 * bundle loaded twice, or two versions), its definition wins and the page gets one warning
 * naming both versions; nothing throws into the host page.
 */
type Versioned = CustomElementConstructor & { version?: string };
const WARNED = Symbol.for('crs-widgets.duplicate-warned');

export function define(tag: string, ctor: Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return;
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
    `[crs-widgets] <${tag}> is already defined by CRS Widgets ${existing.version ?? '(unknown version)'}; ` +
      `this copy (version ${ctor.version ?? 'unknown'}) leaves the existing elements in place. Load the bundle once.`,
  );
}
