import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { elementMarkup, npmSnippet, scriptSnippet, type EmbedConfig } from '../stories/configurator/snippet.js';
import { setLocale } from '../src/core/locale.js';

const CONFIGS: EmbedConfig[] = [
  { tag: 'crs-office-locator', attributes: { state: 'TX', 'no-geolocation': true, view: 'map' }, locale: 'es', theme: 'dark', tokens: { '--crs-color-primary': '#ffb3d9' } },
  { tag: 'crs-contact-card', attributes: { office: 'houston', compact: true }, locale: 'auto', theme: 'light', tokens: { '--crs-radius': '0px' } },
  { tag: 'crs-services-list', attributes: { services: 'mediation', expanded: true }, locale: 'zh-Hans', theme: 'high-contrast', tokens: {} },
];

/**
 * What a visitor sees: the rendered text (innerText, so source whitespace that the production build
 * minifies away does not count), the title's colour and the box's corner radius.
 */
function look(el: Element, win: Window = window) {
  const root = el.shadowRoot!;
  const title = root.querySelector('[role="heading"]')!;
  const box = root.querySelector('.card, .services, .locator')!;
  return {
    text: (root.querySelector<HTMLElement>('.base')!.innerText ?? '').replace(/\s+/g, ' ').trim(),
    color: win.getComputedStyle(title).color,
    radius: win.getComputedStyle(box).borderTopLeftRadius,
  };
}

describe('embed configurator', () => {
  afterEach(() => setLocale(null));

  it('writes both snippet forms', () => {
    const [locator] = CONFIGS;
    expect(elementMarkup(locator)).to.equal('<crs-office-locator lang="es" theme="dark" state="TX" no-geolocation view="map"></crs-office-locator>');
    expect(scriptSnippet(locator)).to.include('<script type="module" src="/js/crs-widgets.js"></script>');
    expect(scriptSnippet(locator)).to.include('--crs-color-primary: #ffb3d9;');
    expect(npmSnippet(locator)).to.include("import 'crs-widgets/office-locator.js';");
  });

  it('escapes attribute values', () => {
    const markup = elementMarkup({ tag: 'crs-contact-card', attributes: { office: '"><script>x</script>' }, locale: 'auto', theme: 'light', tokens: {} });
    expect(markup).to.equal('<crs-contact-card office="&quot;>&lt;script>x&lt;/script>"></crs-contact-card>');
  });

  for (const config of CONFIGS) {
    it(`a pasted ${config.tag} snippet renders what the preview shows`, async () => {
      // The preview, as the configurator renders it.
      const preview = await fixture(html`<div></div>`);
      preview.innerHTML = `<style>${scriptSnippet(config).match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? ''}</style>${elementMarkup(config)}`;
      const shown = preview.querySelector(config.tag)! as Element & { updateComplete: Promise<unknown> };
      await waitUntil(() => shown.shadowRoot?.querySelector('[role="heading"]'));
      await shown.updateComplete;

      // The snippet pasted into a blank page with the bundle.
      const frame = document.createElement('iframe');
      frame.style.inlineSize = `${preview.getBoundingClientRect().width}px`;
      frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"></head><body>${scriptSnippet(config, '/dist/crs-widgets.js')}</body></html>`;
      document.body.append(frame);
      try {
        const win = frame.contentWindow!;
        await waitUntil(() => win.document.querySelector(config.tag)?.shadowRoot?.querySelector('[role="heading"]'), 'the pasted snippet did not render', { timeout: 5000 });
        const pasted = win.document.querySelector(config.tag)!;
        await waitUntil(() => look(pasted, win).text === look(shown).text, `pasted: ${look(pasted, win).text.slice(0, 80)} | preview: ${look(shown).text.slice(0, 80)}`, { timeout: 3000 });
        expect(look(pasted, win)).to.deep.equal(look(shown));
      } finally {
        frame.remove();
      }
    });
  }
});
