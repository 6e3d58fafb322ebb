/**
 * Every locale's compiled templates, imported statically so the bundle stays one file
 * and switching language never makes a request. Single-locale builds swap this module.
 */
import type { LocaleModule } from '@lit/localize';
import * as zhHans from '../generated/locales/zh-Hans.js';
import * as zhHant from '../generated/locales/zh-Hant.js';
import * as es from '../generated/locales/es.js';
import * as vi from '../generated/locales/vi.js';
import * as ko from '../generated/locales/ko.js';
import * as tl from '../generated/locales/tl.js';
import * as ar from '../generated/locales/ar.js';

export const localeTemplates = new Map<string, LocaleModule>([
  ['zh-Hans', zhHans],
  ['zh-Hant', zhHant],
  ['es', es],
  ['vi', vi],
  ['ko', ko],
  ['tl', tl],
  ['ar', ar],
]);
