import { expect } from '@open-wc/testing';
import { checks, snippet } from '../stories/design-system/theme-builder.js';
import { CONTRAST_PAIRS } from '../src/core/styles/contrast.js';
import { colorTokens } from '../src/core/styles/tokens.js';

const base = (over: Record<string, string> = {}, ownDark = false) => {
  const pick = (scheme: 'light' | 'dark') =>
    Object.fromEntries(['primary', 'on-primary', 'surface', 'text', 'muted', 'link'].map((k) => [k, colorTokens[k as 'primary'][scheme]]));
  return { light: { ...pick('light'), ...over }, dark: pick('dark'), ownDark, font: '', radius: 6, copied: false } as Parameters<typeof snippet>[0];
};

describe('theme builder', () => {
  it('checks every pair the tokens form, in light and in dark', () => {
    expect(checks(base())).to.have.length(CONTRAST_PAIRS.length * 2);
    expect(checks(base()).filter((r) => r.ratio < r.min)).to.deep.equal([]);
  });

  it('flags secondary text on a dark surface and shows what the widgets use instead', () => {
    const failing = checks(base({ surface: '#111111', muted: '#565c65' })).filter((r) => r.ratio < r.min);
    const muted = failing.find((r) => r.scheme === 'light' && r.fg === 'muted' && r.bg === 'surface');
    expect(muted, JSON.stringify(failing.slice(0, 3))).to.exist;
    expect(muted!.ratio).to.be.below(3);
    expect(muted!.usedRatio).to.be.at.least(4.5);
  });

  it('writes light colours, and dark ones only when chosen', () => {
    expect(snippet(base({ primary: '#5b2a86' }))).to.include('--crs-color-primary: #5b2a86;').and.not.include('--crs-dark-color');
    const both = snippet(base({}, true));
    expect(both).to.include('--crs-dark-color-primary: #73b3e7;').and.include('--crs-color-link:');
  });
});
