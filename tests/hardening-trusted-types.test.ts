import { expect, waitUntil } from '@open-wc/testing';
import { engine, openPage, violationsSoFar } from './harness.js';

// Issue 16, item 2: lit-html creates the Trusted Types policy "lit-html" at load; a page running its
// own Lit (or both our bundles) under `trusted-types lit-html` got "Policy with name "lit-html"
// already exists" and one side never defined. These pages use the Embedding guide's policy:
// require-trusted-types-for 'script'; trusted-types crs-widgets lit-html (no 'allow-duplicates').

const rendered = (el: Element | null) => Boolean(el?.shadowRoot?.querySelector('p, [role="heading"]'));

describe('Trusted Types: CRS Widgets beside other Lit code (issue 16 item 2)', () => {
  it('ships its own policy name in the self-contained bundles; "lit-html" only as the fallback for old policies', async () => {
    for (const file of ['/dist/crs-widgets.js', '/dist/crs-widgets.iife.js', '/dist/crs-widgets.es.js']) {
      const source = await (await fetch(file)).text();
      const calls = [...source.matchAll(/createPolicy\("([\w-]+)"/g)].map((m) => m[1]);
      expect(calls, file).to.deep.equal(['crs-widgets', 'lit-html']);
      // Lit's own module-level `trustedTypes ? trustedTypes.createPolicy("lit-html", …)` is gone.
      expect(source, file).not.to.match(/\?\w+\.createPolicy\("lit-html",\{createHTML/);
    }
  });

  for (const [path, partnerTag] of [
    ['/tests/fixtures/csp-coexist/lit2-first.html', 'partner-lit2'],
    ['/tests/fixtures/csp-coexist/crs-first.html', 'partner-lit3'],
  ] as const) {
    it(`${partnerTag === 'partner-lit2' ? 'a Lit 2 element first, then our classic and module bundles' : 'our classic and module bundles first, then a Lit 3 element'}: all render, zero violations, zero errors`, async function () {
      this.timeout(30_000);
      const page = await openPage({ src: path });
      const { win, doc } = page;
      await waitUntil(() => [...doc.querySelectorAll(`${partnerTag}, crs-contact-card, crs-services-list, crs-office-locator`)].every(rendered), 'an element did not render', { timeout: 20_000 });
      // Both sides' styles applied (constructable stylesheets, style-src 'self').
      const partnerP = doc.querySelector(partnerTag)!.shadowRoot!.querySelector('p')!;
      expect(win.getComputedStyle(partnerP).borderTopColor).to.equal('rgb(1, 2, 3)');
      const card = doc.querySelector('crs-contact-card')!.shadowRoot!.querySelector('.card')!;
      expect(win.getComputedStyle(card).borderTopStyle).to.equal('solid');
      // Our elements re-render with new content (Lit parses a new template through the policy).
      doc.querySelector('crs-contact-card')!.setAttribute('office', 'miami');
      await waitUntil(() => doc.querySelector('crs-contact-card')!.shadowRoot!.textContent!.includes('Miami'));
      expect(await violationsSoFar(page)).to.deep.equal([]);
      if ('trustedTypes' in win) {
        // The policy is really enforced on this page: a raw string into innerHTML is refused.
        expect(() => (doc.createElement('div').innerHTML = '<b>x</b>')).to.throw();
      } else {
        console.log(`[engine-note] ${engine}: no Trusted Types in this engine; the page must still load without errors`);
      }
    });
  }

  it('a page whose policy allows only "lit-html" (the old guide) still renders, and the console says what to add', async function () {
    this.timeout(30_000);
    const page = await openPage({ src: '/tests/fixtures/csp-legacy/index.html' });
    const card = page.doc.querySelector('crs-contact-card')!;
    await waitUntil(() => rendered(card), 'the card did not render', { timeout: 20_000 });
    const problems = await violationsSoFar(page);
    if ('trustedTypes' in page.win) {
      // The refused name is reported by the browser as a violation; nothing is thrown.
      expect(problems.filter((p) => !p.startsWith('violation trusted-types'))).to.deep.equal([]);
      expect(page.recorded.warnings.filter((w) => w.includes('Add crs-widgets to the trusted-types directive'))).to.have.length(1);
    } else {
      expect(problems).to.deep.equal([]);
    }
  });
});

describe('Trusted Types: a page that allows none of our policy names', () => {
  it('throws nothing, leaves the fallback content inside each tag visible, and the console says which name to allow and where the guide is', async function () {
    this.timeout(30_000);
    const page = await openPage({ src: '/tests/fixtures/csp-foreign/index.html' });
    const { win, doc } = page;
    const tags = ['crs-contact-card', 'crs-services-list', 'crs-office-locator'];
    await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), 'the widgets were not defined', { timeout: 20_000 });
    const enforced = (() => {
      try {
        doc.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    })();
    if (!enforced) {
      // This engine does not enforce Trusted Types: the widgets render as usual.
      await waitUntil(() => tags.every((tag) => rendered(doc.querySelector(tag))), 'a widget did not render', { timeout: 20_000 });
      expect(await violationsSoFar(page)).to.deep.equal([]);
      return;
    }
    const advice = () => page.recorded.warnings.filter((w) => w.includes('trusted-types'));
    await waitUntil(() => advice().length, 'no console line about the policy', { timeout: 20_000 });
    await Promise.all(tags.map((tag) => (doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    // The browser reports the refused policy names (and the probe above) as violations; nothing is thrown into the page.
    const problems = await violationsSoFar(page);
    expect(problems.filter((p) => !p.startsWith('violation trusted-types') && !p.startsWith('violation require-trusted-types-for'))).to.deep.equal([]);
    expect(page.recorded.errors).to.deep.equal([]);
    for (const tag of tags) {
      const fallback = doc.querySelector(`${tag} > p`) as HTMLElement;
      expect(fallback.getBoundingClientRect().height, `${tag}'s fallback content`).to.be.greaterThan(0);
      expect(fallback.checkVisibility?.() ?? true, `${tag}'s fallback content`).to.equal(true);
    }
    expect(advice(), advice().join('\n')).to.have.length(1);
    expect(advice()[0]).to.include('crs-widgets');
    expect(advice()[0]).to.include('docs/embedding.md');
  });
});
