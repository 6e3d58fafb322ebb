/** Translated messages several elements show: data problems and their fallbacks. */
import { msg, str } from '@lit/localize';
import type { LoadProblem } from './data/load.js';
import type { ValidationReason } from './data/validate.js';

function reason(r: ValidationReason): string {
  switch (r) {
    case 'missing': return msg('it is missing', { id: 'reason.missing' });
    case 'type': return msg('it has the wrong type or is empty', { id: 'reason.type' });
    case 'format': return msg('its value is not in the expected format', { id: 'reason.format' });
    case 'reference': return msg('it refers to a region or office that does not exist', { id: 'reason.reference' });
    case 'duplicate': return msg('the same id or state appears twice', { id: 'reason.duplicate' });
    case 'coverage': return msg('a state or territory is not served by any region', { id: 'reason.coverage' });
  }
}

/** One sentence naming what went wrong with `data-src`; the caller adds the fallback. */
export function dataProblemMessage(problem: LoadProblem): string {
  switch (problem.kind) {
    case 'url': return msg('The data-src address is not an http or https URL, so it was not loaded.', { id: 'data.url' });
    case 'network': return msg('The partner data file could not be reached.', { id: 'data.network' });
    case 'http': return msg(str`The partner data file could not be loaded (HTTP status ${problem.status}).`, { id: 'data.http' });
    case 'timeout': return msg('The partner data file took too long to load.', { id: 'data.timeout' });
    case 'too-large': return msg('The partner data file is too large.', { id: 'data.too-large' });
    case 'parse': return msg('The partner data file is not valid JSON.', { id: 'data.parse' });
    case 'invalid': {
      const path = problem.error.path;
      const why = reason(problem.error.reason);
      return msg(str`The partner data file has a problem in the field “${path}”: ${why}.`, { id: 'data.invalid' });
    }
  }
}

export const bundledDataFallback = () =>
  msg('Showing the CRS information built into this widget instead.', { id: 'data.fallback' });

export const loadingMessage = () => msg('Loading CRS information…', { id: 'common.loading' });

export const problemTitle = () => msg('Notice', { id: 'notice.title' });
export const unexpectedError = () =>
  msg('This widget could not be displayed. Please contact CRS at askcrs@usdoj.gov or 202-305-2935.', { id: 'error.unexpected' });
