import { expect, waitUntil } from '@open-wc/testing';

/** dist/integrity.json, as the Embedding guide tells partners to read it. */
const manifest = async (): Promise<Record<string, string>> => (await fetch('/dist/integrity.json')).json();

const sri = async (url: string) => {
  const digest = await crypto.subtle.digest('SHA-384', await (await fetch(url)).arrayBuffer());
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
};

/** A plain page that loads the bundle as the guide shows; resolves to whether the element got defined. */
async function embed(integrity: string) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script type="module" src="/dist/crs-widgets.js?as-shipped" integrity="${integrity}" crossorigin="anonymous"></script>
    </head><body><crs-contact-card></crs-contact-card></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('integrity manifest', () => {
  it('lists every bundle with the sha384 of the file served', async () => {
    const entries = Object.entries(await manifest());
    expect(entries.map(([file]) => file)).to.include.members(['crs-widgets.js', 'crs-widgets.iife.js', 'crs-widgets.es.js']);
    for (const [file, hash] of entries) expect(await sri(`/dist/${file}?as-shipped`), file).to.equal(hash);
  });

  it('a <script integrity> tag with the listed hash loads the widgets; a wrong hash is refused', async function () {
    this.timeout(20_000);
    const good = await embed((await manifest())['crs-widgets.js']);
    try {
      await waitUntil(() => good.contentWindow!.customElements.get('crs-contact-card'), 'the bundle with its listed hash did not load', { timeout: 10_000 });
    } finally {
      good.remove();
    }
    const bad = await embed(`sha384-${'A'.repeat(64)}`);
    try {
      // The load event fires after module scripts ran (or were refused): nothing may be defined.
      expect(bad.contentWindow!.customElements.get('crs-contact-card')).to.equal(undefined);
    } finally {
      bad.remove();
    }
  });
});
