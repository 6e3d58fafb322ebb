/** Translated messages several elements show: data problems and their fallbacks. */
import { msg, str } from '@lit/localize';
import type { LoadProblem } from '../data/load.js';

/** One sentence naming what went wrong with `data-src`; the caller adds the fallback. */
export function dataProblemMessage(problem: LoadProblem): string {
  switch (problem.kind) {
    case 'url': return msg('The data-src address is not an http or https URL, so it was not loaded.', { id: 'data.url' });
    case 'network': return msg('The partner data file could not be reached.', { id: 'data.network' });
    case 'http': return msg(str`The partner data file could not be loaded (HTTP status ${problem.status}).`, { id: 'data.http' });
    case 'timeout': return msg('The partner data file took too long to load.', { id: 'data.timeout' });
    case 'too-large': return msg('The partner data file is too large.', { id: 'data.too-large' });
    case 'parse': return msg('The partner data file is not valid JSON.', { id: 'data.parse' });
    // Short and human for visitors; the console lists every problem for the partner's developers.
    case 'invalid': return msg('The partner data file contains errors, so it was not used.', { id: 'data.invalid' });
  }
}

export const bundledDataFallback = () =>
  msg('Showing the CRS information built into this widget instead.', { id: 'data.fallback' });

/** A partner's attribute value that is not allowed, and what is used instead; the values are code, not translated. */
export const attributeText = {
  notOneOf: (attribute: string, value: string, allowed: string, fallback: string) =>
    msg(str`${attribute}="${value}" is not one of ${allowed}; ${fallback} is used.`, {
      id: 'attr.not-one-of',
      desc: 'E.g. theme="blue" is not one of light, dark, high-contrast, auto; light is used.',
    }),
  unknownIds: (attribute: string, ids: string) =>
    msg(str`${attribute}: unknown values left out: ${ids}.`, { id: 'attr.unknown-ids', desc: 'E.g. services: unknown values left out: "bogus".' }),
};

export const loadingMessage = () => msg('Loading CRS information…', { id: 'common.loading' });

export const problemTitle = () => msg('Notice', { id: 'notice.title' });
export const unexpectedError = () =>
  msg('This widget could not be displayed. CRS listed askcrs@usdoj.gov and 202-305-2935 as contacts; they may not be answered now.', { id: 'error.unexpected' });

/** The source line's words (source-line.ts). */
export const sourceText = {
  compiled: (publisher: string, years: string) =>
    msg(str`Compiled by ${publisher}, not by CRS, from sources of ${years}.`, { id: 'source.compiled', desc: 'The years read “2003 and about 2016–2020”.' }),
  compiledUndated: (publisher: string) => msg(str`Compiled by ${publisher}, not by CRS.`, { id: 'source.compiled-undated' }),
  current: () => msg('Current information from CRS:', { id: 'source.current' }),
};

export const newTabText = () => msg('(opens in a new tab)', { id: 'common.new-tab' });

/** The plain words placed after a fact that no current source confirms. */
export const factWords = {
  inferred: (): string => msg('(inferred: no source confirms this)', { id: 'fact.inferred' }),
  old: (year: string): string => msg(str`(only a CRS source from ${year} says so)`, { id: 'fact.old' }),
  conflicting: (): string => msg('(CRS sources disagree on this)', { id: 'fact.conflicting' }),
};

/** Said wherever a widget shows our own translation rather than CRS's words. */
export const translationNote = () =>
  msg('This translation was prepared by the makers of this widget, not by CRS.', { id: 'svc.translation-note' });
