import { expect } from '@open-wc/testing';
import { directionOf, matchLocale } from '../src/core/i18n/locale-match.js';

describe('BCP 47 locale matching', () => {
  it('maps Chinese regions and scripts to the right script', () => {
    expect(matchLocale('zh-CN')).to.equal('zh-Hans');
    expect(matchLocale('zh-SG')).to.equal('zh-Hans');
    expect(matchLocale('zh')).to.equal('zh-Hans');
    expect(matchLocale('zh-TW')).to.equal('zh-Hant');
    expect(matchLocale('zh-HK')).to.equal('zh-Hant');
    expect(matchLocale('zh-MO')).to.equal('zh-Hant');
    expect(matchLocale('zh-Hant-CN')).to.equal('zh-Hant');
    expect(matchLocale('zh-hans-hk')).to.equal('zh-Hans');
    expect(matchLocale('zh_TW')).to.equal('zh-Hant');
  });

  it('matches by language and ignores region and case', () => {
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('ES-419')).to.equal('es');
    expect(matchLocale('en-US')).to.equal('en');
    expect(matchLocale('ar-EG')).to.equal('ar');
    expect(matchLocale('vi-VN')).to.equal('vi');
    expect(matchLocale('ko-KR')).to.equal('ko');
    expect(matchLocale('fil-PH')).to.equal('tl');
  });

  it('returns nothing for unknown or malformed tags', () => {
    expect(matchLocale('fr-FR')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
    expect(matchLocale('   ')).to.equal(undefined);
    expect(matchLocale(null)).to.equal(undefined);
    expect(matchLocale('<script>')).to.equal(undefined);
  });

  it('knows Arabic is right-to-left', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('zh-Hant')).to.equal('ltr');
  });
});
