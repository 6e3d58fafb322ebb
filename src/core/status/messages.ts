/**
 * The words of the status notice, "help now" and the dates they carry. Functions called at render time,
 * so each answers in the widget's own language; the facts come from the dataset's `status`.
 */
import { msg, str } from '@lit/localize';
import type { SourceKind, StatusState } from '../data/types.js';

/** "2003", "about 2016–2020", "2003 and about 2016–2020": `dated` and `about` come formatted (yearSpan). */
export function yearsText(dated: string | undefined, about: string | undefined): string {
  if (dated && about) return msg(str`${dated} and about ${about}`, { id: 'dates.both', desc: 'Years of dated sources, then the period of undated ones: “2003 and about 2016–2020”.' });
  if (about) return msg(str`about ${about}`, { id: 'dates.about', desc: 'The period of undated sources: “about 2016–2020”.' });
  return dated ?? '';
}

export const statusText = {
  /** Said when the status has no summary of its own. */
  general: (state: StatusState) =>
    state === 'closed'
      ? msg('CRS is closed.', { id: 'status.closed' })
      : msg('CRS’s status is uncertain.', { id: 'status.uncertain' }),
  /** The bundled summary, translated (status.ts BUNDLED_STATUS). */
  bundled: () =>
    msg('The Department of Justice closed CRS’s offices in 2025. Since then, CRS’s future has been uncertain.', { id: 'status.summary' }),
  /** More about the bundled status, shown under "More about this". */
  bundledMore: () =>
    msg('On October 24, 2025, civil-rights organizations sued to preserve CRS, in federal court in Massachusetts. In January 2026, news reports said the Department had withdrawn the layoff notices of 13 CRS employees, without saying what work they would do, and congressional appropriators proposed $20 million for CRS; whether that funding became law is not in our sources.', { id: 'status.more' }),
  asOf: (date: string) => msg(str`Status as of ${date}.`, { id: 'status.as-of' }),
  contacts: (years: string) =>
    msg(str`The contacts below were listed by CRS (${years}) and may not be answered now.`, { id: 'status.contacts' }),
  contactsUndated: () => msg('The contacts below may not be answered now.', { id: 'status.contacts-undated' }),
  services: () =>
    msg('The services below are described as CRS offered them (about 2016–2020); they may not be available now.', { id: 'status.services' }),
  check: (link: string) => msg(str`For CRS’s current status, check ${link}.`, { id: 'status.check', desc: 'The placeholder is the link www.justice.gov/crs.' }),
  stale: (date: string) =>
    msg(str`This information may be out of date: it describes ${date}, more than a year ago.`, { id: 'status.stale' }),
  more: () => msg('More about this, and sources', { id: 'status.more-label' }),
  sourcesIntro: () => msg('This status comes from these sources, not from CRS:', { id: 'status.sources' }),
  /** "News report: " before a source's title (the colon as the language writes it). */
  sourceLabel: (kind: string) => msg(str`${kind}: `, { id: 'status.source-label', desc: 'Before a source title: “News report: ”. Keep the trailing space unless your language sets none after its colon.' }),
  sourceKind: (kind: SourceKind | undefined) => {
    switch (kind) {
      case 'news': return msg('News report', { id: 'status.kind-news' });
      case 'litigation': return msg('Plaintiffs’ page in the lawsuit', { id: 'status.kind-litigation' });
      case 'government': return msg('Government page', { id: 'status.kind-government' });
      default: return msg('Source', { id: 'status.kind-other' });
    }
  },
};

export const helpText = {
  heading: () => msg('Help now, from services other than CRS', { id: 'help.heading' }),
  emergency: () => msg('In an emergency, call 911.', { id: 'help.emergency' }),
  fbi: (phone: string, digits: string, web: string) =>
    msg(str`To report a hate crime, contact the FBI: ${phone} (${digits}) or ${web}.`, { id: 'help.fbi', desc: 'The placeholders are 1-800-CALL-FBI (a phone link), 1-800-225-5324 and tips.fbi.gov (a link).' }),
  portal: (link: string) =>
    msg(str`To report a civil-rights violation, use the Civil Rights Division’s portal: ${link}.`, { id: 'help.portal', desc: 'The placeholder is the link civilrights.justice.gov.' }),
  portalLanguages: () => msg('The portal is in English and Spanish.', { id: 'help.portal-languages', desc: 'Shown in every language but English and Spanish.' }),
  sourcesLabel: () => msg('Sources of this help', { id: 'help.sources-label' }),
  /** "Source: U.S. Department of Justice, June 15, 2020." */
  source: (who: string, date: string) => msg(str`Source: ${who}, ${date}.`, { id: 'help.source' }),
  doj: () => msg('U.S. Department of Justice', { id: 'help.who-doj' }),
  fbiGuides: () => msg('FBI guidance quoted in hate-crime reporting guides', { id: 'help.who-fbi' }),
};
