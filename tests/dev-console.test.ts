import { expect } from '@open-wc/testing';

// A partner's bundler in development resolves Lit's development build (the tests run it too), which warns
// of deprecated uses in the console. Defining and rendering the widgets there must add nothing to
// the partner's console but Lit's own notice that it runs in development mode.

describe("Lit's development build", () => {
  it('warns of nothing in our three elements when they are defined and rendered', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      original.apply(console, args);
    };
    try {
      // Imported here, after the console is watched: defining the classes is when Lit checks them.
      const { CrsContactCard, CrsServicesList, CrsOfficeLocator } = await import('../src/index.js');
      // Lit warns of some mistakes (class fields shadowing its accessors) only when an element is made.
      const widgets = [new CrsContactCard(), new CrsServicesList(), new CrsOfficeLocator()];
      widgets[0].setAttribute('office', 'houston');
      document.body.append(...widgets);
      await Promise.all(widgets.map((w) => w.updateComplete));
      for (const w of widgets) w.remove();
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => !w.includes('lit.dev/msg/dev-mode'))).to.deep.equal([]);
  });
});
