/**
 * The locator's words. Each is a function called at render time (or from a helper render calls), so
 * it speaks the widget's language; state keeps facts and these turn them into sentences.
 */
import { msg, str } from '@lit/localize';
import { getLocale } from '../core/i18n/locale.js';
import { stateName } from '../core/data/place-names.js';
import type { OfficeKind } from '../core/data/types.js';

const number = (value: number) => new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 0 }).format(value);

export const title = () => msg('Find your CRS office', { id: 'loc.title' });
export const stateLabel = () => msg('State or territory', { id: 'loc.state-label' });
export const choose = () => msg('Choose a state or territory', { id: 'loc.choose' });
export const zipLabel = () => msg('ZIP code', { id: 'loc.zip-label' });
export const zipHint = () => msg('5 digits, for example 77002', { id: 'loc.zip-hint' });
export const find = () => msg('Find office', { id: 'loc.find' });
export const useLocation = () => msg('Use my location', { id: 'loc.use-location' });
export const locating = () => msg('Finding your location…', { id: 'loc.locating' });
// The widget sends nothing; the browser may ask a network location service, so no promise about the device.
export const privacy = () => msg('This widget does not send your location anywhere.', { id: 'loc.privacy-send' });
export const zipInvalid = () => msg('Enter a ZIP code of 5 digits, such as 77002.', { id: 'loc.zip-invalid' });

/** A state's name inside a sentence, with the article a language gives it ("…is in the U.S. Virgin Islands"). */
export function stateInSentence(code: string): string {
  switch (code) {
    case 'DC': return msg('the District of Columbia', { id: 'state.DC.in-sentence', desc: 'Inside a sentence: loc.zip-state, loc.you-are-in, loc.answer-state.' });
    case 'VI': return msg('the U.S. Virgin Islands', { id: 'state.VI.in-sentence', desc: 'Inside a sentence, as state.DC.in-sentence.' });
    case 'MP': return msg('the Northern Mariana Islands', { id: 'state.MP.in-sentence', desc: 'Inside a sentence, as state.DC.in-sentence.' });
    default: return stateName(code);
  }
}

/** `state` comes from stateInSentence(). */
export const zipInState = (zip: string, state: string) => msg(str`ZIP code ${zip} is in ${state}.`, { id: 'loc.zip-state' });
export const zipMilitary = (zip: string) =>
  msg(str`ZIP code ${zip} is a military mail address (APO, FPO or DPO), not a state.`, { id: 'loc.zip-military' });
export const zipUnassigned = (zip: string) =>
  msg(str`ZIP code ${zip} matches no U.S. state or territory. Please check it, or choose your state in the menu.`, { id: 'loc.zip-no-state' });

export type GeoProblem = 'denied' | 'timeout' | 'unavailable';
export function geoProblem(problem: GeoProblem): string {
  switch (problem) {
    case 'denied': return msg('Permission to use your location was denied. Choose your state or enter a ZIP code instead.', { id: 'loc.geo-denied' });
    case 'timeout': return msg('Your location could not be found in time. Choose your state or enter a ZIP code instead.', { id: 'loc.geo-timeout' });
    default: return msg('This browser cannot tell your location. Choose your state or enter a ZIP code instead.', { id: 'loc.geo-unavailable' });
  }
}

export const youAreIn = (state: string) => msg(str`You appear to be in ${state}.`, { id: 'loc.you-are-in' });
export const outside = () => msg('Your location is not in a U.S. state or territory.', { id: 'loc.outside-us' });

/** "N miles" in the plural form the language uses for N (Intl.PluralRules): one message per CLDR category, Arabic using all six. */
function miles(n: number): string {
  const count = number(n);
  switch (new Intl.PluralRules([getLocale(), ...(getLocale() === 'tl' ? ['fil'] : [])]).select(n)) {
    case 'zero': return msg(str`${count} miles`, { id: 'loc.miles.zero' });
    case 'one': return msg(str`${count} mile`, { id: 'loc.miles.one' });
    case 'two': return msg(str`${count} miles`, { id: 'loc.miles.two' });
    case 'few': return msg(str`${count} miles`, { id: 'loc.miles.few' });
    case 'many': return msg(str`${count} miles`, { id: 'loc.miles.many' });
    default: return msg(str`${count} miles`, { id: 'loc.miles.other' });
  }
}

/** "Dallas, Texas is about 190 miles (306 km) from you": the answer's own office, never another one. */
export function distance(place: string, km: number): string {
  const rounded = Math.round(km / 1.609344);
  if (rounded < 1) return msg(str`${place} is less than a mile from you.`, { id: 'loc.distance-to.near' });
  const [far, away] = [miles(rounded), number(km)];
  return msg(str`${place} is about ${far} (${away} km) from you.`, { id: 'loc.distance-to' });
}

// While CRS is operating the answer is in the present; otherwise it says which office served the place
// (its contacts are as CRS listed them, and may not answer now).
// The office leads, so the verb agrees in every case ("…served the U.S. Virgin Islands").
export const answerState = (state: string, office: string, place: string, operating: boolean) =>
  operating
    ? msg(str`The ${office} (${place}) serves ${state}.`, { id: 'loc.answer-serves' })
    : msg(str`The ${office} (${place}) served ${state}; it may not answer now.`, { id: 'loc.answer-served' });
export const answerField = (office: string, place: string, region: string, operating: boolean) =>
  operating
    ? msg(str`The ${office} (${place}) is a field office in the ${region} region.`, { id: 'loc.answer-field' })
    : msg(str`The ${office} (${place}) was a field office in the ${region} region; it may not answer now.`, { id: 'loc.answer-field-past' });
export const answerRegion = (region: string, office: string, place: string, operating: boolean) =>
  operating
    ? msg(str`The ${region} region is served by the ${office} (${place}).`, { id: 'loc.answer-region' })
    : msg(str`The ${region} region was served by the ${office} (${place}), which may not answer now.`, { id: 'loc.answer-region-past' });
/** No region: the one contact listed for CRS as a whole, without promising what it does. */
export const answerHq = () =>
  msg('No CRS region was listed for this place; the contact listed for CRS headquarters in Washington, D.C. is shown.', { id: 'loc.answer-hq-listed' });
export const prompt = (operating: boolean) =>
  operating
    ? msg('Choose your state on the map or in the menu, or enter your ZIP code, to see the CRS office that serves you.', { id: 'loc.prompt' })
    : msg('Choose your state on the map or in the menu, or enter your ZIP code, to see which CRS office served your area.', { id: 'loc.prompt-past' });
export const mapLabel = () => msg('Map of the CRS regions and offices', { id: 'loc.map-label' });
export const statesLabel = () => msg('States and territories', { id: 'loc.states-label' });
/** The keyboard help read on entering the map (aria-describedby): one short sentence, as it is read every time. */
export const mapKeysShort = () => msg('Arrow keys go through the states in alphabetical order; Enter chooses.', { id: 'loc.map-keys-short' });
/** The full keyboard help, shown under the map. Right-to-left translations swap Left and Right, as the keys do. */
export const mapKeys = () =>
  msg(
    'Keyboard: the Down or Right arrow goes to the next state in alphabetical order, as in the menu, and the Up or Left arrow to the previous one. Home and End go to the first and last; typing a name jumps to it; Enter or Space chooses.',
    { id: 'loc.map-keys-order' },
  );
export const wholeCountry = () => msg('Show the whole country', { id: 'loc.whole-country' });
export const legend = () => msg('Legend', { id: 'loc.legend' });
export const fieldOffices = () => msg('Field offices in this region', { id: 'loc.field-offices' });
export const statesServed = (region: string) => msg(str`States and territories of the ${region} region`, { id: 'loc.states-served' });
export const allOffices = () => msg('All CRS offices by region', { id: 'loc.all-offices' });
export const chooseRegion = (region: string) => msg(str`Choose the ${region} region's office`, { id: 'loc.choose-region-office' });
export const separator = () => msg(', ', { id: 'loc.separator' });
export const unknownState = (code: string) => msg(str`There is no state or territory with the code “${code}”.`, { id: 'loc.unknown-state' });
export const unknownOffice = (id: string) => msg(str`There is no CRS office with the id “${id}”.`, { id: 'loc.unknown-office' });

export function kindName(kind: OfficeKind): string {
  switch (kind) {
    case 'headquarters': return msg('headquarters', { id: 'loc.kind-hq' });
    case 'regional': return msg('regional office', { id: 'loc.kind-regional' });
    case 'field': return msg('field office', { id: 'loc.kind-field' });
  }
}
