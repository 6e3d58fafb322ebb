/** The locator's translated texts. Functions, so each call reads the active locale. */
import { msg, str } from '@lit/localize';
import { getLocale } from '../core/locale.js';
import type { OfficeKind } from '../core/data/types.js';

const number = (value: number) => new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 0 }).format(value);

export const locatorText = () => ({
  title: () => msg('Find your CRS office', { id: 'loc.title' }),
  stateLabel: () => msg('State or territory', { id: 'loc.state-label' }),
  choose: () => msg('Choose a state or territory', { id: 'loc.choose' }),
  zipLabel: () => msg('ZIP code', { id: 'loc.zip-label' }),
  zipHint: () => msg('5 digits, for example 77002', { id: 'loc.zip-hint' }),
  find: () => msg('Find office', { id: 'loc.find' }),
  useLocation: () => msg('Use my location', { id: 'loc.use-location' }),
  locating: () => msg('Finding your location…', { id: 'loc.locating' }),
  privacy: () => msg('Your location stays on this device.', { id: 'loc.privacy' }),
  zipInvalid: () => msg('Enter a ZIP code of 5 digits, such as 77002.', { id: 'loc.zip-invalid' }),
  zipInState: (zip: string, state: string) => msg(str`ZIP code ${zip} is in ${state}.`, { id: 'loc.zip-state' }),
  zipMilitary: (zip: string) =>
    msg(str`ZIP code ${zip} is a military mail address (APO, FPO or DPO), not a state. CRS headquarters can help.`, { id: 'loc.zip-military' }),
  zipUnassigned: (zip: string) =>
    msg(str`ZIP code ${zip} does not belong to a state or territory that CRS serves. CRS headquarters can help.`, { id: 'loc.zip-unassigned' }),
  geoDenied: () =>
    msg('Permission to use your location was denied. Choose your state or enter a ZIP code instead.', { id: 'loc.geo-denied' }),
  geoTimeout: () => msg('Your location could not be found in time. Choose your state or enter a ZIP code instead.', { id: 'loc.geo-timeout' }),
  geoUnavailable: () =>
    msg('This browser cannot tell your location. Choose your state or enter a ZIP code instead.', { id: 'loc.geo-unavailable' }),
  youAreIn: (state: string) => msg(str`You appear to be in ${state}.`, { id: 'loc.you-are-in' }),
  outside: () => msg('Your location is outside the states and territories CRS serves.', { id: 'loc.outside' }),
  distance: (office: string, miles: number, km: number) =>
    msg(str`The nearest CRS office is the ${office}, about ${number(miles)} miles (${number(km)} km) away.`, { id: 'loc.distance' }),
  answerState: (state: string, office: string, place: string) =>
    msg(str`${state} is served by the ${office} (${place}).`, { id: 'loc.answer-state' }),
  answerRegion: (region: string, office: string, place: string) =>
    msg(str`The ${region} region is served by the ${office} (${place}).`, { id: 'loc.answer-region' }),
  answerHq: () => msg('CRS headquarters in Washington, D.C. can help.', { id: 'loc.answer-hq' }),
  prompt: () => msg('Choose your state on the map or in the menu, or enter your ZIP code, to see the CRS office that serves you.', { id: 'loc.prompt' }),
  mapLabel: () => msg('Map of the CRS regions and offices', { id: 'loc.map-label' }),
  statesLabel: () => msg('States and territories', { id: 'loc.states-label' }),
  stateServedBy: (state: string, office: string, city: string) =>
    msg(str`${state} — served by the ${office}, ${city}`, { id: 'loc.state-served-by' }),
  pinLabel: (office: string, place: string, kind: OfficeKind) => msg(str`${office}, ${place} (${kindName(kind)})`, { id: 'loc.pin' }),
  legend: () => msg('Legend', { id: 'loc.legend' }),
  kindName,
  fieldOffices: () => msg('Field offices in this region', { id: 'loc.field-offices' }),
  statesServed: (region: string) => msg(str`States and territories of the ${region} region`, { id: 'loc.states-served' }),
  allOffices: () => msg('All CRS offices by region', { id: 'loc.all-offices' }),
  chooseRegion: (region: string) => msg(str`Show the ${region} region`, { id: 'loc.choose-region' }),
  separator: () => msg(', ', { id: 'loc.separator' }),
  sources: (dates: string) =>
    msg(str`Offices and regions from sources dated ${dates}.`, { id: 'loc.sources' }),
  unknownState: (code: string) => msg(str`There is no state or territory with the code “${code}”.`, { id: 'loc.unknown-state' }),
  unknownOffice: (id: string) => msg(str`There is no CRS office with the id “${id}”.`, { id: 'loc.unknown-office' }),
  badView: (view: string) => msg(str`The view “${view}” is not one of map, list or both; both are shown.`, { id: 'loc.bad-view' }),
});

function kindName(kind: OfficeKind): string {
  switch (kind) {
    case 'headquarters': return msg('headquarters', { id: 'loc.kind-hq' });
    case 'regional': return msg('regional office', { id: 'loc.kind-regional' });
    case 'field': return msg('field office', { id: 'loc.kind-field' });
  }
}
