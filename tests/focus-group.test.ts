/** The shared focus-group controller (src/core/element/focus-group.ts), on plain buttons. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { FocusGroupController, type FocusGroupOptions } from '../src/core/element/focus-group.js';

class Group extends LitElement {
  static options: Partial<FocusGroupOptions<HTMLButtonElement>> = {};
  readonly keys = new FocusGroupController<HTMLButtonElement>(this, {
    items: () => [...this.renderRoot.querySelectorAll('button')],
    names: (b) => [b.textContent!.trim()],
    ...Group.options,
  });
  override render() {
    return html`<div @keydown=${this.keys.onKeydown} @focusin=${this.keys.onFocusin}>
      ${['Alaska', 'Arizona', 'Colorado', 'Idaho'].map((n) => html`<button id=${n}>${n}</button>`)}
    </div>`;
  }
}
customElements.define('test-focus-group', Group);

const focused = (el: Element) => el.shadowRoot!.activeElement?.id;

async function group(options: Partial<FocusGroupOptions<HTMLButtonElement>>, dir = 'ltr') {
  Group.options = options;
  const el = await fixture<Group>(html`<test-focus-group dir=${dir}></test-focus-group>`);
  return el;
}

describe('FocusGroupController', () => {
  it('makes the group one Tab stop that remembers the last focused item', async () => {
    const el = await group({ roving: true, direction: 'vertical' });
    const tabindex = () => [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.getAttribute('tabindex'));
    expect(tabindex()).to.deep.equal(['0', '-1', '-1', '-1']);
    el.shadowRoot!.getElementById('Colorado')!.focus();
    expect(tabindex()).to.deep.equal(['-1', '-1', '0', '-1']);
    el.requestUpdate();
    await el.updateComplete;
    expect(tabindex()).to.deep.equal(['-1', '-1', '0', '-1']);
  });

  it('moves with Up/Down, wraps when asked, and goes Home and End', async () => {
    const el = await group({ direction: 'vertical', wrap: true });
    el.shadowRoot!.getElementById('Alaska')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal('Idaho');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('Alaska');
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal('Idaho');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal('Alaska');
    // Left and Right are not this group's keys.
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal('Alaska');
  });

  it('mirrors Left and Right in right-to-left text, and stops at the ends without wrap', async () => {
    const el = await group({ direction: 'horizontal' }, 'rtl');
    el.shadowRoot!.getElementById('Alaska')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal('Arizona');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal('Alaska');
  });

  it('type-ahead: a letter cycles through the names it starts, letters typed together form a prefix', async () => {
    const el = await group({ direction: 'vertical' });
    el.shadowRoot!.getElementById('Idaho')!.focus();
    await sendKeys({ press: 'a' });
    expect(focused(el)).to.equal('Alaska');
    await sendKeys({ press: 'a' });
    expect(focused(el)).to.equal('Arizona');
    el.shadowRoot!.getElementById('Idaho')!.focus();
    await sendKeys({ type: 'ar' });
    expect(focused(el)).to.equal('Arizona');
  });
});
