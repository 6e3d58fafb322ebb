import { expect, waitUntil } from '@open-wc/testing';
import { $, BUNDLES, openPage, record, settle, text, violationsSoFar } from './harness.js';

// These tests use the built files exactly as partners embed them (npm test builds first).
const BUNDLE = '/dist/crs-widgets.js';
const pkg = await (await fetch('/package.json')).json();

function addScript(attrs: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    Object.entries(attrs).forEach(([k, v]) => script.setAttribute(k, v));
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`failed to load ${attrs.src}`));
    document.head.append(script);
  });
}

describe('dist/crs-widgets.js', () => {
  it('registers the elements and exposes window.CRSWidgets with the package version', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    expect(customElements.get('crs-contact-card')).to.be.a('function');
    const api = window.CRSWidgets!;
    expect(api.version).to.equal(pkg.version);
    expect(api.locales).to.have.members(['en', 'zh-Hans', 'zh-Hant', 'es', 'vi', 'ko', 'tl', 'ar']);
    const card = document.createElement('crs-contact-card');
    document.body.append(card);
    await waitUntil(() => text(card.shadowRoot?.querySelector('[part="title"]')) === 'CRS Headquarters');
    await api.setLocale('zh-CN');
    expect(api.getLocale()).to.equal('zh-Hans');
    await waitUntil(() => text(card.shadowRoot?.querySelector('[part="title"]')).includes('总部'));
    await api.setLocale(null);
    card.remove();
  });

  it('renders widgets already on the page in their language at once, without a false "not loaded" note', async () => {
    const page = await openPage({ body: `<crs-contact-card lang="ar"></crs-contact-card><crs-contact-card lang="es"></crs-contact-card>${BUNDLES.module}` });
    const titles = () => [...page.doc.querySelectorAll('crs-contact-card')].map((c) => text($(c, '[part="title"]')));
    await waitUntil(() => titles().every(Boolean), 'the cards did not render', { timeout: 10000 });
    expect(titles()[0]).to.include('المقر');
    expect(titles()[1]).to.match(/Sede/);
    // A "not loaded" note would come from a zero-delay timer set while the cards rendered.
    await settle(page.win);
    expect(page.recorded.warnings.filter((w) => w.includes('not loaded'))).to.deep.equal([]);
  });

  it('contains everything: no imports, no chunks, every locale', async () => {
    const source = await (await fetch(BUNDLE)).text();
    expect(source).not.to.match(/\bimport\s*(?:[\w$*{}\s,]+\bfrom\s*)?["'`]/);
    expect(source).not.to.match(/import\(/);
    // The test server may re-encode the file with \u escapes; the texts are what counts.
    const decoded = source.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(decoded).to.include('总部').and.include('總部').and.include('المقر');
  });

  it('survives being loaded again under another URL and as a classic script: one warning, no exception', async () => {
    const first = window.CRSWidgets;
    const { warnings, problems } = await record(async () => {
      await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
      await addScript({ src: '/dist/crs-widgets.iife.js' });
    });
    expect(problems).to.deep.equal([]);
    expect(window.CRSWidgets).to.equal(first);
    const duplicates = warnings.filter((w) => w.includes('already defined'));
    expect(duplicates).to.have.length(1);
    expect(duplicates[0]).to.include(pkg.version);
  });

  it('gives a classic-script page window.CRSWidgets', async () => {
    const page = await openPage({ body: `${BUNDLES.classic}<crs-contact-card></crs-contact-card>` });
    expect(page.win.CRSWidgets!.version).to.equal(pkg.version);
    await waitUntil(() => page.$('crs-contact-card', '[part="title"]'), 'the card did not render');
    expect(page.recorded.problems).to.deep.equal([]);
  });
});

describe('unsupported browsers', () => {
  it('show the fallback a partner writes inside the element until the widget takes over', async () => {
    const fallback = '<crs-contact-card><p id="fallback">Contact CRS: askcrs@usdoj.gov, 202-305-2935</p></crs-contact-card>';
    // Without the bundle (a browser that cannot run it), the fallback is what readers get.
    const plain = await openPage({ body: fallback });
    expect(plain.doc.getElementById('fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
    // With the bundle, the widget renders and the fallback is no longer shown.
    const page = await openPage({ body: `${BUNDLES.module}${fallback}` });
    await waitUntil(() => page.$('crs-contact-card', '[part="title"]'));
    expect(page.doc.getElementById('fallback')!.getBoundingClientRect().height).to.equal(0);
  });
});

describe('strict Content-Security-Policy with Trusted Types', () => {
  it('renders every element with zero violations', async () => {
    const page = await openPage({ src: '/tests/fixtures/csp/index.html' });
    const win = page.win;
    const widgets = () => [...win.document.querySelectorAll('crs-contact-card, crs-services-list, crs-office-locator')];
    await waitUntil(() => widgets().every((w) => w.shadowRoot?.querySelector('[role="heading"]')), 'widgets did not render');
    // The stylesheet applied (constructable stylesheets are allowed by style-src 'self').
    const card = widgets()[0].shadowRoot!.querySelector('.card')!;
    expect(win.getComputedStyle(card).borderTopStyle).to.equal('solid');
    // Use them: toggle a service, look up a ZIP, switch language (Arabic), let data-src load.
    const list = win.document.querySelector('crs-services-list')!.shadowRoot!;
    list.querySelector<HTMLButtonElement>('.toggle')!.click();
    const locator = win.document.querySelector('crs-office-locator')!.shadowRoot!;
    locator.querySelector<HTMLInputElement>('#zip')!.value = '00901';
    locator.querySelector<HTMLButtonElement>('form.zip button')!.click();
    await win.CRSWidgets!.setLocale('ar');
    await waitUntil(() => locator.querySelector('.base')?.getAttribute('dir') === 'rtl');
    // Every violation so far, once an inline style has been refused on purpose (which also shows the policy is enforced).
    expect(await violationsSoFar(page)).to.deep.equal([]);
  });
});
