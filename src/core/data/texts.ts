/**
 * Translated display texts of the bundled dataset. Partner data may carry its own names; a
 * built-in translation is used only when the partner's office matches the bundled one.
 */
import { msg, str } from '@lit/localize';
import { defaultDataset } from './dataset.js';
import type { LocalizedText, Office, Region } from './types.js';
import { builtInRegionName, stateName } from './place-names.js';

/** The text for `locale` from a partner's LocalizedText: exact tag, then its language, then English. */
export function pickText(text: LocalizedText, locale: string): string {
  if (typeof text === 'string') return text;
  const language = locale.split('-')[0];
  return text[locale] ?? text[language] ?? text.en ?? Object.values(text)[0] ?? '';
}

function builtInOfficeName(id: string): string | undefined {
  switch (id) {
    case 'hq': return msg('CRS Headquarters', { id: 'office.hq' });
    case 'new-england': return msg('New England Regional Office', { id: 'office.new-england' });
    case 'northeast': return msg('Northeastern Regional Office', { id: 'office.northeast' });
    case 'mid-atlantic': return msg('Mid-Atlantic Regional Office', { id: 'office.mid-atlantic' });
    case 'southeast': return msg('Southeastern Regional Office', { id: 'office.southeast' });
    case 'midwest': return msg('Midwestern Regional Office', { id: 'office.midwest' });
    case 'southwest': return msg('Southwestern Regional Office', { id: 'office.southwest' });
    case 'central': return msg('Central Regional Office', { id: 'office.central' });
    case 'rocky-mountain': return msg('Rocky Mountain Regional Office', { id: 'office.rocky-mountain' });
    case 'west': return msg('Western Regional Office', { id: 'office.west' });
    case 'northwest': return msg('Northwestern Regional Office', { id: 'office.northwest' });
    case 'miami': return msg('Miami Field Office', { id: 'office.miami' });
    case 'detroit': return msg('Detroit Field Office', { id: 'office.detroit' });
    case 'houston': return msg('Houston Field Office', { id: 'office.houston' });
    case 'san-francisco': return msg('San Francisco Field Office', { id: 'office.san-francisco' });
    default: return undefined;
  }
}

function builtInPlace(id: string): string | undefined {
  switch (id) {
    case 'hq': return msg('Washington, D.C.', { id: 'place.hq' });
    case 'new-england': return msg('Boston, Massachusetts', { id: 'place.new-england' });
    case 'northeast': return msg('New York, New York', { id: 'place.northeast' });
    case 'mid-atlantic': return msg('Philadelphia, Pennsylvania', { id: 'place.mid-atlantic' });
    case 'southeast': return msg('Atlanta, Georgia', { id: 'place.southeast' });
    case 'midwest': return msg('Chicago, Illinois', { id: 'place.midwest' });
    case 'southwest': return msg('Dallas, Texas', { id: 'place.southwest' });
    case 'central': return msg('Kansas City, Missouri', { id: 'place.central' });
    case 'rocky-mountain': return msg('Denver, Colorado', { id: 'place.rocky-mountain' });
    case 'west': return msg('Los Angeles, California', { id: 'place.west' });
    case 'northwest': return msg('Seattle, Washington', { id: 'place.northwest' });
    case 'miami': return msg('Miami, Florida', { id: 'place.miami' });
    case 'detroit': return msg('Detroit, Michigan', { id: 'place.detroit' });
    case 'houston': return msg('Houston, Texas', { id: 'place.houston' });
    case 'san-francisco': return msg('San Francisco, California', { id: 'place.san-francisco' });
    default: return undefined;
  }
}

const bundled = (office: Office) => defaultDataset.offices.find((o) => o.id === office.id);

export function officeName(office: Office, locale: string): string {
  if (office.name) return pickText(office.name, locale);
  return builtInOfficeName(office.id) ?? office.id;
}

/**
 * "Boston, Massachusetts": the built-in translation when the office is where the bundled data says it
 * is, else the partner's city with the translated state name, so both read alike side by side.
 */
export function officePlace(office: Office): string {
  const known = bundled(office);
  const translated = known && known.city === office.city && known.state === office.state ? builtInPlace(office.id) : undefined;
  return translated ?? msg(str`${office.city}, ${stateName(office.state)}`, { id: 'place.city-state' });
}

/** A region's display name: the partner's, else the built-in translation, else its id. */
export function regionName(region: Region, locale: string): string {
  if (region.name) return pickText(region.name, locale);
  return builtInRegionName(region.id) ?? region.id;
}
