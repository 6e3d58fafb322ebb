/**
 * The copy confirmation is seen beside the Copy button, keeps the number on one line, reserves no
 * empty line while idle, and is still announced politely.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/contact-card/define.js';
import { shadow, text } from './harness.js';

async function card(width: number) {
  const wrapper = await fixture(html`<div style=${`width:${width}px`}><crs-contact-card office="northeast"></crs-contact-card></div>`);
  const el = wrapper.firstElementChild as LitElement;
  await el.updateComplete;
  return el;
}
const rect = (el: Element) => el.getBoundingClientRect();

describe('copy confirmation beside the Copy button', () => {
  before(() => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
  });
  after(() => delete (navigator as unknown as Record<string, unknown>).clipboard);

  it('reserves no empty line while idle: the source line follows Save contact at the card’s usual gap', async () => {
    const el = await card(600);
    const root = shadow(el);
    const actions = rect(root.querySelector('[part="actions"]')!);
    const source = rect(root.querySelector('[part="source"]')!);
    const gap = parseFloat(getComputedStyle(root.querySelector('.card')!).rowGap);
    expect(source.top - actions.bottom, 'space between Save contact and the source line').to.be.closeTo(gap, 1);
  });

  for (const width of [600, 300]) {
    it(`shows “Copied …” next to the phone’s Copy button, the number on one line, and announces it (${width} px)`, async () => {
      const el = await card(width);
      const root = shadow(el);
      const button = root.querySelectorAll<HTMLButtonElement>('button.copy')[0];
      const before = rect(button);
      button.click();
      await waitUntil(() => root.querySelector('.copied'), 'no confirmation shown');
      const shown = root.querySelector('.copied')!;
      expect(text(shown)).to.equal('Copied phone number: 212-264-0700');
      // Beside the button: in the phone's own row, below nothing else of the card, above the email row.
      const row = rect(button.closest('.method')!);
      const email = rect(root.querySelectorAll('.method')[1]);
      expect(rect(shown).top).to.be.at.least(row.top - 1);
      expect(rect(shown).bottom).to.be.at.most(email.top + 1);
      if (width >= 600) expect(rect(shown).top, 'on the button’s line').to.be.below(rect(button).bottom);
      expect([rect(button).left, rect(button).top], 'the button stays where it was').to.deep.equal([before.left, before.top]);
      const number = shown.querySelector('.value')!;
      expect(number.getClientRects().length, 'the number is not broken across lines').to.equal(1);
      expect(rect(number).right).to.be.at.most(rect(root.querySelector('.card')!).right);
      // Heard once, from the polite status region; the visible copy is not read a second time.
      const status = root.querySelector('[role="status"]')!;
      expect(text(status)).to.equal('Copied phone number: 212-264-0700');
      expect(status.getAttribute('aria-live') ?? 'polite').to.equal('polite');
      expect(shown.closest('[aria-hidden="true"]')).to.equal(shown);
      // Copying the email moves the confirmation to the email's button.
      root.querySelectorAll<HTMLButtonElement>('button.copy')[1].click();
      await waitUntil(() => root.querySelector('.method:nth-child(2) .copied'), 'not moved to the email row');
      expect(root.querySelectorAll('.copied')).to.have.length(1);
    });
  }
});
