// Benchmark probe: records when the widgets (or the baseline map) are rendered and painted, in ms
// since navigation start. Loaded only by the benchmark pages.
window.bench = {};
const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
window.benchMapReady = async () => {
  await painted();
  window.bench.rendered = window.bench.map = performance.now();
};
if (!document.title.includes('Leaflet')) {
  (function poll() {
    const tags = ['crs-services-list', 'crs-office-locator', 'crs-contact-card'];
    const done = tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('.base'));
    if (!done) return requestAnimationFrame(poll);
    window.bench.rendered = performance.now();
    const map = document.querySelector('crs-office-locator').shadowRoot.querySelector('.map-svg path');
    if (map) painted().then(() => (window.bench.map = performance.now()));
  })();
}
