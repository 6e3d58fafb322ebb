/** The contact card's texts. Functions, called while the card renders, so each answers in the card's language. */
import { msg, str } from '@lit/localize';

export type CopyWhat = 'phone' | 'email';

const what = (kind: CopyWhat) =>
  kind === 'phone' ? msg('phone number', { id: 'card.what-phone' }) : msg('email address', { id: 'card.what-email' });

export const cardText = {
  unknownOffice: (id: string) =>
    msg(str`There is no CRS office with the id “${id}”. Showing CRS headquarters instead.`, { id: 'card.unknown-office' }),
  copied: (kind: CopyWhat, value: string) => msg(str`Copied ${what(kind)}: ${value}`, { id: 'card.copied' }),
  copyFailed: (value: string) => msg(str`Could not copy. Please select ${value} and copy it.`, { id: 'card.copy-failed' }),
  what,
  phone: () => msg('Phone', { id: 'card.phone' }),
  phoneHq: () => msg('Phone (CRS headquarters)', { id: 'card.phone-hq' }),
  agency: () => msg('U.S. Department of Justice · Community Relations Service', { id: 'card.agency' }),
  routed: () =>
    msg('CRS’s sources give no direct phone number for this office that we could confirm, so the number listed for CRS headquarters is given.', { id: 'card.routed' }),
  routedConflicting: () =>
    msg('Two CRS pages give different phone numbers for this office, so the number listed for CRS headquarters is given.', { id: 'card.routed-conflicting' }),
  officeStatus: (state: 'uncertain' | 'closed' | 'operating', date: string) =>
    state === 'closed'
      ? msg(str`This office has closed (status as of ${date}).`, { id: 'card.office-closed' })
      : msg(str`This office’s status is uncertain (as of ${date}).`, { id: 'card.office-uncertain' }),
  email: () => msg('Email', { id: 'card.email' }),
  website: () => msg('Website', { id: 'card.website' }),
  copy: () => msg('Copy', { id: 'card.copy' }),
  social: () => msg('CRS on social media', { id: 'card.social' }),
  facebook: () => msg('Facebook', { id: 'card.facebook' }),
  twitter: () => msg('X (Twitter)', { id: 'card.twitter' }),
  twitterInferred: () => msg('(inferred: the brochure prints @DOJ_CRIS)', { id: 'card.twitter-inferred', desc: 'After the link “X (Twitter): @DOJ_CRS”: the handle is our reading of a misprint in the brochure.' }),
  vcardHqNote: () =>
    msg('The phone number is the one listed for CRS headquarters: CRS’s sources give no direct number for this office that we could confirm.', { id: 'card.vcard-hq-note' }),
  vcardHqConflicting: () =>
    msg('The phone number is the one listed for CRS headquarters: two CRS pages give different numbers for this office.', { id: 'card.vcard-hq-conflicting' }),
  vcardListed: (years: string) => msg(str`These contacts were listed by CRS (${years}) and may not be answered.`, { id: 'card.vcard-listed' }),
  saveProblem: (problem: 'blocked' | 'unknown') =>
    problem === 'blocked'
      ? msg('This page does not allow downloads, so the contact file was not saved. Please copy the phone number and email address instead.', { id: 'card.save-blocked' })
      : msg('If no contact file was saved, this page does not allow downloads. Please copy the phone number and email address instead.', { id: 'card.save-unknown' }),
  save: () => msg('Save contact', { id: 'card.save' }),
};
