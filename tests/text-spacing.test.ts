/**
 * User settings reach the text: WCAG 1.4.12 text spacing set on the page reaches every widget's text,
 * nothing is clipped or pushed outside a 320 px column when it is applied, and text sizes start from
 * the visitor's browser font size (not the page's `html { font-size }`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/contact-card/define.js';
import '../src/services-list/define.js';
import '../src/office-locator/define.js';
import { deepElements, isSeen, ownsText } from './color.js';

const SPACING = `line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important;`;
/** The usual text-spacing bookmarklet: every element on the page, paragraphs 2em apart. */
const PAGE_RULES = `* { ${SPACING} } p { margin-bottom: 2em !important; }`;

async function widgets(width: string) {
  const root = await fixture(html`<div style="width:${width}">
    <crs-contact-card office="houston"></crs-contact-card>
    <crs-contact-card compact office="southeast"></crs-contact-card>
    <crs-services-list expanded></crs-services-list>
    <crs-office-locator state="TX" no-geolocation></crs-office-locator>
    <crs-office-locator state="AS" view="map" no-geolocation></crs-office-locator>
    <crs-office-locator view="map" no-geolocation></crs-office-locator>
  </div>`);
  await Promise.all([...deepElements(root)].map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  return root;
}

function withPageStyle(css: string) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

describe('user settings reach the text', function () {
  this.timeout(30000);

  it('takes line height, letter and word spacing set on the page, in text and in buttons', async () => {
    const undo = withPageStyle(PAGE_RULES);
    try {
      const root = await widgets('760px');
      const texts = [...deepElements(root)].filter((el) => el.namespaceURI !== 'http://www.w3.org/2000/svg' && ownsText(el) && isSeen(el));
      expect(texts.length).to.be.greaterThan(100);
      const short = texts.flatMap((el) => {
        const s = getComputedStyle(el);
        // Spacing in em is resolved on the element the page styles (the widget, at the base size) and inherited.
        const size = parseFloat(s.fontSize);
        const base = 16;
        const ok = parseFloat(s.letterSpacing) >= 0.119 * base && parseFloat(s.wordSpacing) >= 0.159 * base && parseFloat(s.lineHeight) >= 1.49 * size;
        return ok ? [] : [`${el.localName}.${el.className} "${el.textContent!.trim().slice(0, 20)}": ${s.letterSpacing} / ${s.wordSpacing} / ${s.lineHeight} at ${s.fontSize}`];
      });
      expect(short, short.slice(0, 8).join('\n')).to.deep.equal([]);
      expect(texts.some((el) => el.localName === 'button')).to.be.true;
    } finally {
      undo();
    }
  });

  it('clips nothing and stays inside a 320 px column with text spacing applied everywhere, paragraphs included', async () => {
    const undo = withPageStyle(PAGE_RULES);
    try {
      const root = await widgets('320px');
      // A user style sheet reaches inside shadow roots too: the same rules there, paragraph spacing included.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`* { ${SPACING} } p { margin-block-end: 2em !important; }`);
      for (const el of [root, ...deepElements(root)]) if (el.shadowRoot) el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
      // One frame: the widgets' size observers see the new layout and re-render before it is measured.
      await new Promise((r) => requestAnimationFrame(r));
      const box = root.getBoundingClientRect();
      const problems: string[] = [];
      // Inside a map zoomed to a region, labels of far-away places are outside the view on purpose.
      const inZoomedMap = (el: Element) => {
        const zoom = el.closest('.zoom');
        return Boolean(zoom && getComputedStyle(zoom).transform !== 'none');
      };
      for (const el of deepElements(root)) {
        if (!isSeen(el) || inZoomedMap(el)) continue;
        const name = `${el.localName}.${el.getAttribute('class') ?? ''} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
        const style = getComputedStyle(el);
        const rr = el.getBoundingClientRect();
        if (rr.right > box.right + 1 && el.namespaceURI !== 'http://www.w3.org/2000/svg') problems.push(`${name} sticks out (${Math.round(rr.right - box.left)} px)`);
        if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) problems.push(`${name} cuts its content (${el.scrollWidth} > ${el.clientWidth})`);
        if (style.overflowY !== 'visible' && el.localName !== 'svg' && el.scrollHeight > el.clientHeight + 1) problems.push(`${name} cuts its content vertically`);
        const nodes = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        for (const node of nodes) {
          const range = document.createRange();
          range.selectNodeContents(node);
          const r = range.getBoundingClientRect();
          if (r.width && (r.left < box.left - 1 || r.right > box.right + 1)) problems.push(`${name} text runs outside the column (${Math.round(r.left - box.left)}…${Math.round(r.right - box.left)} px)`);
        }
        if (el.localName === 'svg' && el.classList.contains('map-svg')) {
          const map = el.getBoundingClientRect();
          if (map.right > box.right + 1) problems.push(`map is wider than the column`);
          // A map zoomed to the selected region shows part of the country on purpose; check the whole map.
          const zoom = el.querySelector<SVGGElement>('.zoom');
          const zoomed = zoom && getComputedStyle(zoom).transform !== 'none';
          for (const part of zoomed ? [] : el.querySelectorAll('.inset, .inset-label, .shape')) {
            const p = part.getBoundingClientRect();
            if (p.right > map.right + 1 || p.left < map.left - 1 || p.bottom > map.bottom + 1 || p.top < map.top - 1) problems.push(`map ${part.getAttribute('class')} ${part.textContent} is cut off`);
          }
        }
      }
      expect(problems, problems.slice(0, 10).join('\n')).to.deep.equal([]);
      for (const widget of root.children) expect(widget.scrollWidth, widget.localName).to.be.at.most(321);
    } finally {
      undo();
    }
  });

  it('sizes text from the visitor’s browser font size, not the page’s html font size', async () => {
    const undo = withPageStyle('html { font-size: 62.5% !important } body { font-size: 9px }');
    try {
      const probe = Object.assign(document.createElement('span'), { style: 'font-size: medium' });
      document.body.append(probe);
      const browserSize = parseFloat(getComputedStyle(probe).fontSize);
      probe.remove();
      const root = await widgets('760px');
      const card = root.querySelector('crs-contact-card')!.shadowRoot!;
      expect(parseFloat(getComputedStyle(card.querySelector('.base')!).fontSize)).to.equal(browserSize);
      expect(parseFloat(getComputedStyle(card.querySelector('[part="title"]')!).fontSize)).to.be.closeTo(browserSize * 1.25, 0.1);
      const button = card.querySelector('.button')!;
      expect(button.getBoundingClientRect().height, 'buttons grow with the text').to.be.at.least(browserSize * 2.7);
    } finally {
      undo();
    }
  });
});
