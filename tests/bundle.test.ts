import { expect, waitUntil } from '@open-wc/testing';
import { captureWarnings, text } from './harness.js';

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
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script>window.warnings = []; const warn = console.warn; console.warn = (...a) => { warnings.push(a.join(' ')); warn(...a); };</script>
      <crs-contact-card lang="ar"></crs-contact-card><crs-contact-card lang="es"></crs-contact-card>
      <script type="module" src="${new URL(BUNDLE, location.href).href}"></script>`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as (Window & { warnings?: string[] }) | null;
      const titles = () => [...(frame.contentDocument?.querySelectorAll('crs-contact-card') ?? [])].map((c) => text(c.shadowRoot?.querySelector('[part="title"]')));
      await waitUntil(() => titles().length === 2 && titles().every(Boolean), 'the cards did not render', { timeout: 10000 });
      expect(titles()[0]).to.include('المقر');
      expect(titles()[1]).to.match(/Sede/);
      await new Promise((r) => setTimeout(r, 50));
      expect(win()!.warnings!.filter((w) => w.includes('not loaded'))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
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
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const warnings = await captureWarnings(async () => {
      await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
      await addScript({ src: '/dist/crs-widgets.iife.js' });
    });
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(window.CRSWidgets).to.equal(first);
    const duplicates = warnings.filter((w) => w.includes('already defined'));
    expect(duplicates).to.have.length(1);
    expect(duplicates[0]).to.include(pkg.version);
  });

  it('gives a classic-script page window.CRSWidgets', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script src="/dist/crs-widgets.iife.js"></script><crs-contact-card></crs-contact-card>`;
    document.body.append(frame);
    await waitUntil(() => (frame.contentWindow as Window | null)?.CRSWidgets, 'no CRSWidgets in the classic page');
    const win = frame.contentWindow as Window;
    expect(win.CRSWidgets!.version).to.equal(pkg.version);
    await waitUntil(() => win.document.querySelector('crs-contact-card')?.shadowRoot?.querySelector('[part="title"]'));
    frame.remove();
  });
});

describe('unsupported browsers', () => {
  it('show the fallback a partner writes inside the element until the widget takes over', async () => {
    const frame = document.createElement('iframe');
    const fallback = '<crs-contact-card><p id="fallback">Contact CRS: askcrs@usdoj.gov, 202-305-2935</p></crs-contact-card>';
    // Without the bundle (a browser that cannot run it), the fallback is what readers get.
    frame.srcdoc = fallback;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const plain = frame.contentDocument!.getElementById('fallback')!;
    expect(plain.getBoundingClientRect().height).to.be.greaterThan(0);
    // With the bundle, the widget renders and the fallback is no longer shown.
    frame.srcdoc = `<script type="module" src="/dist/crs-widgets.js"></script>${fallback}`;
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('crs-contact-card')?.shadowRoot?.querySelector('[part="title"]'));
    expect(doc.getElementById('fallback')!.getBoundingClientRect().height).to.equal(0);
    frame.remove();
  });
});

describe('strict Content-Security-Policy with Trusted Types', () => {
  it('renders every element with zero violations', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/tests/fixtures/csp/index.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { cspViolations: string[] };
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
    await (win as Window & { CRSWidgets: { setLocale(l: string): Promise<void> } }).CRSWidgets.setLocale('ar');
    await waitUntil(() => locator.querySelector('.base')?.getAttribute('dir') === 'rtl');
    await new Promise((r) => setTimeout(r, 200));
    expect(win.cspViolations).to.deep.equal([]);
    // Our check is real: an inline style is refused on this page.
    const probe = win.document.createElement('div');
    probe.setAttribute('style', 'color: red');
    win.document.body.append(probe);
    await waitUntil(() => win.cspViolations.length > 0, 'the CSP is not enforced');
    frame.remove();
  });
});
