// Wording rules fluent readers asked for that only show once sentences are put together on screen:
// translations are checked one by one by scripts/check/translations.mjs, these where a place name,
// an office name or a mark meets a template.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/contact-card/define.js';
import '../src/office-locator/define.js';
import '../src/services-list/define.js';
import '../src/locales/all.js';
import { shadow, text } from './harness.js';

/** What a sighted reader sees: without the words only a screen reader hears (“opens in a new tab”). */
const seen = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.sr-only').forEach((hidden) => hidden.remove());
  return text(copy);
};

const answer = async (lang: string, state: string) => {
  const el = await fixture<LitElement>(html`<crs-office-locator lang=${lang} state=${state} view="list"></crs-office-locator>`);
  await el.updateComplete;
  return text(shadow(el).querySelector('.answer'));
};

/** The territories written with an article in a sentence, and a state as a contrast. */
const PLACES = ['DC', 'VI', 'MP', 'TX'];

describe('wording on screen', () => {
  it('es: the article meets its preposition as Spanish writes it (al, del), never “a el” or “de el”', async () => {
    for (const state of PLACES) {
      const said = await answer('es', state);
      // Not \b: JavaScript counts “í” as a word boundary, so “atendía el” would match.
      expect(said, state).not.to.match(/(?:^|\s)(?:a|de) el\s/);
      expect(said, state).not.to.match(/\.\./);
    }
    expect(await answer('es', 'DC')).to.include('atendía el Distrito de Columbia');
  });

  it('zh: no ASCII space beside full-width punctuation in answers or in the services list', async () => {
    const spaced = /[。，：；！？、（）「」“”]\x20|\x20[。，：；！？、（）」”]/;
    for (const lang of ['zh-Hans', 'zh-Hant']) {
      for (const state of PLACES) expect(await answer(lang, state), `${lang} ${state}`).not.to.match(spaced);
      const list = await fixture<LitElement>(html`<crs-services-list lang=${lang} expanded></crs-services-list>`);
      for (const p of shadow(list).querySelectorAll('.base p, .base li')) expect(seen(p), lang).not.to.match(spaced);
    }
  });

  it('vi: a territory named “… thuộc Hoa Kỳ” is not said to be “thuộc” again, from a state or a ZIP code', async () => {
    for (const state of PLACES) expect(await answer('vi', state), state).not.to.match(/thuộc [^.;]*thuộc/);
    for (const zip of ['00802', '96799']) {
      const el = await fixture<LitElement>(html`<crs-office-locator lang="vi" view="list"></crs-office-locator>`);
      shadow(el).querySelector<HTMLInputElement>('#zip')!.value = zip;
      shadow(el).querySelector<HTMLButtonElement>('form.zip button')!.click();
      await waitUntil(() => text(shadow(el).querySelector('.answer')), `an answer for ${zip}`);
      expect(text(shadow(el).querySelector('.answer')), zip).not.to.match(/thuộc [^.;]*thuộc/);
    }
  });

  it('ar: the misprinted handle in the X mark reads @DOJ_CRIS, the “@” on its left, in a right-to-left card', async () => {
    const card = await fixture<LitElement>(html`<crs-contact-card lang="ar"></crs-contact-card>`);
    const walker = document.createTreeWalker(shadow(card).querySelector('.inferred')!, NodeFilter.SHOW_TEXT);
    let at = -1;
    let node: Text | null = null;
    while (at < 0 && (node = walker.nextNode() as Text | null)) at = node.data.indexOf('@DOJ_CRIS');
    expect(at, 'the handle in the mark').to.be.at.least(0);
    const left = (start: number) => {
      const range = document.createRange();
      range.setStart(node!, start);
      range.setEnd(node!, start + 1);
      return range.getBoundingClientRect().left;
    };
    expect(left(at), '“@” left of “D”').to.be.below(left(at + 1));
  });
});
