// State holds facts, never sentences: a widget driven into a state and then switched to another language
// shows exactly what a widget rendered in that language from the start shows in the same state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import '../src/contact-card/define.js';
import '../src/services-list/define.js';
import '../src/office-locator/define.js';
import '../src/locales/all.js';
import { LOCALES, type Locale } from '../src/core/i18n/locale.js';
import { mockGeolocation, shadow, text, waitForNotice } from './harness.js';
import { setDebug } from '../src/core/element/crs-element.js';

// These tests read the on-screen notices a partner sees with `debug` (visitors never see them).
before(() => setDebug(true));
after(() => setDebug(false));

/** Everything a reader or a screen reader gets: text, accessible names and language, through nested widgets. */
export function snapshot(root: ShadowRoot): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'alt', 'lang', 'dir', 'placeholder']) {
        const value = node.getAttribute(name);
        if (value) out.push(`[${name}=${value}]`);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text({ textContent: out.join(' ') } as Node);
}

interface Case {
  name: string;
  template: (lang: Locale) => TemplateResult;
  drive?: (el: LitElement) => Promise<unknown>;
}

function mockClipboard(works: boolean): () => void {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: () => (works ? Promise.resolve() : Promise.reject(new Error('denied'))) },
  });
  const execCommand = document.execCommand;
  document.execCommand = () => false;
  return () => {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
    document.execCommand = execCommand;
  };
}

const copyPhone = async (el: LitElement) => {
  shadow(el).querySelector<HTMLButtonElement>('button.copy')!.click();
  await waitUntil(() => text(shadow(el).querySelector('[role="status"]')), 'no copy status');
};

const CASES: Case[] = [
  { name: 'card: headquarters', template: (l) => html`<crs-contact-card lang=${l}></crs-contact-card>` },
  { name: 'card: an office routed to headquarters', template: (l) => html`<crs-contact-card lang=${l} office="miami"></crs-contact-card>` },
  { name: 'card: unknown office', template: (l) => html`<crs-contact-card lang=${l} office="atlantis"></crs-contact-card>` },
  {
    name: 'card: data error',
    template: (l) => html`<crs-contact-card lang=${l} data-src="/tests/fixtures/does-not-exist.json"></crs-contact-card>`,
    drive: (el) => waitForNotice(el),
  },
  { name: 'card: copy done', template: (l) => html`<crs-contact-card lang=${l}></crs-contact-card>`, drive: copyPhone },
  { name: 'card: copy failed', template: (l) => html`<crs-contact-card lang=${l}></crs-contact-card>`, drive: copyPhone },
  {
    name: 'services list: two services open',
    template: (l) => html`<crs-services-list lang=${l} services="mediation public-events"></crs-services-list>`,
    drive: async (el) => {
      shadow(el).querySelector<HTMLButtonElement>('#toggle-mediation')!.click();
      await el.updateComplete;
    },
  },
];

describe('switching language keeps the state and changes every word', function () {
  // 7 cases × 8 locales × 2 widgets each: a budget of its own on a busy machine.
  this.timeout(60_000);
  let undo: (() => void) | undefined;
  afterEach(() => undo?.());

  for (const c of CASES) {
    it(`${c.name}: switched = rendered fresh, in all 8 locales`, async () => {
      if (c.name.includes('copy')) undo = mockClipboard(c.name.includes('done'));
      for (const locale of LOCALES) {
        const start: Locale = locale === 'en' ? 'ar' : 'en';
        const switched = await fixture<LitElement>(c.template(start));
        await c.drive?.(switched);
        const before = snapshot(shadow(switched));
        switched.lang = locale;
        await switched.updateComplete;
        const fresh = await fixture<LitElement>(c.template(locale));
        await c.drive?.(fresh);
        const after = snapshot(shadow(switched));
        expect(after, `${c.name} in ${locale}`).to.equal(snapshot(shadow(fresh)));
        expect(after, `${c.name}: the switch changed nothing`).not.to.equal(before);
      }
    });
  }
});

describe('the office locator keeps facts, not sentences, in every language', function () {
  this.timeout(120_000);
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  const enterZip = async (el: LitElement, zip: string) => {
    shadow(el).querySelector<HTMLInputElement>('#zip')!.value = zip;
    shadow(el).querySelector<HTMLButtonElement>('form.zip button')!.click();
    await el.updateComplete;
  };
  const locate = (answer: Parameters<typeof mockGeolocation>[0]) => async (el: LitElement) => {
    restore = mockGeolocation(answer);
    shadow(el).querySelector<HTMLButtonElement>('.geo button')!.click();
    await el.updateComplete;
    await waitUntil(() => !shadow(el).querySelector('.geo button[aria-disabled="true"]'), 'still locating');
    await el.updateComplete;
  };
  const STATES: [string, (el: LitElement) => Promise<unknown>][] = [
    ['ZIP found', (el) => enterZip(el, '77002')],
    ['bad ZIP', (el) => enterZip(el, '7700')],
    ['military ZIP', (el) => enterZip(el, '09001')],
    ['location found', locate({ latitude: 29.76, longitude: -95.37 })],
    ['location denied', locate(1)],
    ['location outside', locate({ latitude: 48.86, longitude: 2.35 })],
  ];

  for (const [name, drive] of STATES) {
    it(`${name}: switched = rendered fresh, in all 8 locales`, async () => {
      for (const locale of LOCALES) {
        const start: Locale = locale === 'en' ? 'ko' : 'en';
        const switched = await fixture<LitElement>(html`<crs-office-locator lang=${start} view="list"></crs-office-locator>`);
        await drive(switched);
        switched.lang = locale;
        await switched.updateComplete;
        await Promise.all([...shadow(switched).querySelectorAll<LitElement>('crs-contact-card')].map((c) => c.updateComplete));
        const fresh = await fixture<LitElement>(html`<crs-office-locator lang=${locale} view="list"></crs-office-locator>`);
        await drive(fresh);
        await Promise.all([...shadow(fresh).querySelectorAll<LitElement>('crs-contact-card')].map((c) => c.updateComplete));
        expect(snapshot(shadow(switched)), `${name} in ${locale}`).to.equal(snapshot(shadow(fresh)));
      }
    });
  }
});
