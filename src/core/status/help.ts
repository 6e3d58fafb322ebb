/**
 * Help that does not depend on CRS, as facts with their sources: 911, the FBI for hate crimes and the
 * Civil Rights Division's reporting portal. Widely published and long-standing, but confirmed only as of
 * their sources' dates, so each is shown with its source and date. Pure data: no DOM.
 */
import type { Source } from '../data/types.js';

export type HelpId = 'emergency' | 'fbi' | 'civil-rights';

export interface HelpFacts {
  readonly emergency: { readonly number: '911'; readonly source: Source };
  readonly fbi: { readonly vanity: string; readonly display: string; readonly phone: string; readonly web: string; readonly source: Source };
  readonly portal: { readonly web: string; readonly languages: readonly string[]; readonly source: Source };
}

export const HELP: HelpFacts = {
  emergency: {
    number: '911',
    source: { kind: 'government', title: 'U.S. Department of Justice, Civil Rights Division, “Contact the Civil Rights Division” (archived)', date: '2020-12-19' },
  },
  fbi: {
    vanity: '1-800-CALL-FBI',
    display: '1-800-225-5324',
    phone: '+18002255324',
    web: 'https://tips.fbi.gov',
    source: { kind: 'other', title: 'FBI guidance on reporting hate crimes, as quoted in reporting guides', date: '2023/2024' },
  },
  portal: {
    web: 'https://civilrights.justice.gov',
    languages: ['en', 'es'],
    source: { kind: 'government', title: 'U.S. Department of Justice press release launching civilrights.justice.gov', date: '2020-06-15' },
  },
};
