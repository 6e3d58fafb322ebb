/**
 * Windows forced-colours mode (emulated in Chromium, light and dark system palettes): every button
 * label stands out from its button and from the text backplate Chromium paints behind text, focus
 * is visible, and map regions stay told apart by their patterns.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/contact-card/define.js';
import '../src/services-list/define.js';
import '../src/office-locator/define.js';
import { backgroundOf, composedParent, contrast, deepElements, isSeen, parseColor } from './color.js';
import { chromiumOnly, engine } from './harness.js';

const systemColour = (name: string) => {
  const probe = document.createElement('i');
  probe.style.color = name;
  document.body.append(probe);
  const value = parseColor(getComputedStyle(probe).color);
  probe.remove();
  return value;
};

async function widgets() {
  const root = await fixture(html`<div style="width:760px">
    <crs-contact-card></crs-contact-card>
    <crs-services-list expanded></crs-services-list>
    <crs-office-locator state="TX" no-geolocation></crs-office-locator>
  </div>`);
  await Promise.all([...deepElements(root)].map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.be.true;
  return root;
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`forced colours, ${scheme} palette`, function () {
    this.timeout(30000);
    // Only Chromium can emulate it (see web-test-runner.config.js); elsewhere the tests are skipped.
    before(async () => {
      if (engine === 'chromium') await executeServerCommand('forced-colors', { forcedColors: 'active', colorScheme: scheme });
    });
    after(async () => {
      if (engine === 'chromium') await executeServerCommand('forced-colors', { forcedColors: 'none' });
    });

    chromiumOnly('forced-colors emulation is a Chromium DevTools feature')('shows every button label on its button and on the text backplate', async () => {
      const root = await widgets();
      const canvas = systemColour('Canvas');
      const buttons = [...deepElements(root)].filter((el) => el.localName === 'button' && isSeen(el));
      expect(buttons.length).to.be.greaterThan(10);
      const problems = buttons.flatMap((button) => {
        const label = parseColor(getComputedStyle(button).color);
        const behind = [backgroundOf(button), canvas].map((bg) => contrast(label, bg));
        return Math.min(...behind) < 4.5 ? [`${button.textContent!.trim().slice(0, 30)}: ${getComputedStyle(button).color} on ${getComputedStyle(button).backgroundColor}: ${behind.map((r) => r.toFixed(2)).join(":1, ")}:1 (button, backplate)`] : [];
      });
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });

    chromiumOnly('forced-colors emulation is a Chromium DevTools feature')('shows where the focus is, on controls and on the map', async () => {
      const root = await widgets();
      await sendKeys({ press: 'Shift' });
      const controls = ['crs-contact-card', 'crs-services-list', 'crs-office-locator'].map((tag) => root.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('button, input')!);
      for (const control of controls) {
        control.focus();
        const style = getComputedStyle(control);
        expect(style.outlineStyle, control.outerHTML.slice(0, 60)).not.to.equal('none');
        expect(contrast(parseColor(style.outlineColor), backgroundOf(composedParent(control)))).to.be.at.least(3);
      }
      const locator = root.querySelector('crs-office-locator')!;
      locator.shadowRoot!.querySelector<SVGGElement>('#state-RI')!.focus();
      await (locator as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const ring = locator.shadowRoot!.querySelector('.focus-ring')!;
      const halo = locator.shadowRoot!.querySelector('.focus-halo')!;
      expect(contrast(parseColor(getComputedStyle(ring).stroke), parseColor(getComputedStyle(halo).stroke))).to.be.at.least(3);
    });

    chromiumOnly('forced-colors emulation is a Chromium DevTools feature')('tells map regions apart by pattern, with lines that differ from the fill', async () => {
      const root = await widgets();
      const map = root.querySelector('crs-office-locator')!.shadowRoot!;
      // The map's own patterns (the legend and list swatches have a second set).
      const patterns = [...map.querySelectorAll('.map-svg pattern')];
      expect(patterns.length).to.equal(10);
      const drawn = patterns.map((p) => {
        const fill = parseColor(getComputedStyle(p.querySelector('.pattern-fill')!).fill);
        const line = p.querySelector('.pattern-line');
        if (line) expect(contrast(parseColor(getComputedStyle(line).stroke), fill), p.id).to.be.at.least(3);
        return `${p.getAttribute('patternTransform')} ${line?.getAttribute('d') ?? 'plain'}`;
      });
      expect(new Set(drawn).size, 'each region has its own pattern').to.equal(10);
      const shape = map.querySelector('.state .shape')!;
      const fill = parseColor(getComputedStyle(map.querySelector('.map-svg .pattern-fill')!).fill);
      expect(contrast(parseColor(getComputedStyle(shape).stroke), fill), 'state borders').to.be.at.least(3);
    });
  });
}
