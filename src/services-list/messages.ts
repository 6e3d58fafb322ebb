/**
 * The services list's texts: the substance of the CRS brochure "Working with LGBTQ communities",
 * in our own words. Functions, called while the list renders, so each answers in the list's language.
 */
import { msg } from '@lit/localize';
import { translationNote } from '../core/i18n/messages.js';
import type { ServiceId } from './services.js';

export interface ServiceText {
  title: string;
  paragraphs: string[];
}

export function serviceText(id: ServiceId): ServiceText {
  switch (id) {
    case 'law-enforcement-training':
      return {
        title: msg('Training for law enforcement on transgender communities', { id: 'svc.training.title' }),
        paragraphs: [
          msg('A three-hour course in which subject-matter experts taught law enforcement officers, first responders and other service providers about issues that affect transgender communities, and about the best practices, policies and strategies that build stronger partnerships between transgender communities and law enforcement.', { id: 'svc.training.course' }),
          msg('The course was called “Engaging and Building Relationships with Transgender Communities.”', { id: 'svc.training.title-official' }),
          msg('CRS also offered a roll-call training video, “Law Enforcement and the Transgender Community” (2016). It shows the encounters officers most often have with transgender community members — a traffic stop, a report of a hate-crime assault and a call about a public restroom — and models respectful, professional conduct on both sides.', { id: 'svc.training.video' }),
        ],
      };
    case 'facilitated-dialogue':
      return {
        title: msg('Facilitated dialogue', { id: 'svc.dialogue.title' }),
        paragraphs: [
          msg('After hate crimes and bias incidents aimed at LGBTQ communities, CRS brought together community leaders, law enforcement, city officials and other stakeholders in LGBTQ communities to identify the issues, improve communication and develop solutions together.', { id: 'svc.dialogue.who' }),
          msg('Each dialogue was designed for its community and setting: a school, a neighborhood or a whole city.', { id: 'svc.dialogue.where' }),
        ],
      };
    case 'bias-incident-forums':
      return {
        title: msg('Bias incident and hate crime forums', { id: 'svc.forums.title' }),
        paragraphs: [
          msg('Together with LGBTQ organizations and leaders, CRS helped hold forums where local and federal law enforcement and community-based organizations shared strategies to counter and respond to bias incidents and hate crimes.', { id: 'svc.forums.what' }),
          msg('The forums also helped participants exchange information and strengthen the relationships among everyone involved.', { id: 'svc.forums.why' }),
        ],
      };
    case 'mediation':
      return {
        title: msg('Mediation', { id: 'svc.mediation.title' }),
        paragraphs: [
          msg('CRS offered impartial and confidential mediation as a neutral third party in conflicts involving LGBTQ communities and other stakeholders.', { id: 'svc.mediation.what' }),
          msg('It helped all parties reach mutually agreed solutions to real or perceived anti-LGBTQ bias incidents and hate crimes.', { id: 'svc.mediation.goal' }),
        ],
      };
    case 'public-events':
      return {
        title: msg('Planning for public events', { id: 'svc.events.title' }),
        paragraphs: [
          msg('For LGBTQ organizations preparing public events such as parades, protests and demonstrations, CRS provided facilitation, contingency planning and training for event marshals.', { id: 'svc.events.what' }),
          msg('These services helped keep the public safe during the event.', { id: 'svc.events.why' }),
        ],
      };
  }
}

export const texts = {
  servicesHeading: () => msg('CRS programs and services for LGBTQ communities', { id: 'svc.heading' }),
  intro: () =>
    msg('According to its brochure (about 2016–2020), the Community Relations Service (CRS) of the U.S. Department of Justice worked to prevent and respond to hate crimes against lesbian, gay, bisexual, transgender and queer (LGBTQ) communities through facilitated dialogue, training, consultation and mediation. Its services improved communication and understanding between LGBTQ communities, law enforcement, government officials, educators and other community members and leaders, strengthening their partnerships, public safety and the response to hate crimes.', { id: 'svc.intro' }),
  worksWithHeading: () => msg('How CRS worked with LGBTQ communities', { id: 'svc.works.heading' }),
  worksWith: () => [
    msg('Convening LGBTQ communities, law enforcement, students, parents and other stakeholders after a bias incident or hate crime', { id: 'svc.works.convene' }),
    msg('Training law enforcement officers, first responders and service providers in strategies for engaging transgender communities', { id: 'svc.works.train' }),
    msg('Helping communities hold dialogues and forums on issues that affect LGBTQ communities', { id: 'svc.works.dialogue' }),
    msg('Training LGBTQ event organizers in best practices for public safety at their events', { id: 'svc.works.events' }),
  ],
  aboutHeading: () => msg('About CRS', { id: 'svc.about.heading' }),
  about: () => [
    msg('CRS was created by Title X of the Civil Rights Act of 1964, and its work was expanded by the Matthew Shepard and James Byrd, Jr. Hate Crimes Prevention Act of 2009. Known as “America’s Peacemaker,” CRS served communities facing tension or conflict over race, color, national origin, gender, gender identity, sexual orientation, religion or disability.', { id: 'svc.about.law' }),
    msg('Through problem-solving, knowledge and communication, CRS services aimed to strengthen the ability of local communities to prevent and resolve conflicts on their own and together.', { id: 'svc.about.capacity' }),
    msg('To communities experiencing tension, CRS offered a range of programs to build understanding, improve cooperation and prevent future disagreements. Its staff were professional mediators, facilitators, trainers and consultants, experienced in bringing community members together and helping them strengthen their ability to resolve existing conflicts and prevent new ones.', { id: 'svc.about.programs' }),
    msg('CRS services were free, confidential and voluntary. CRS did not investigate or prosecute and had no law enforcement authority.', { id: 'svc.about.how' }),
  ],
  aboutLink: () => msg('More about CRS on the U.S. Department of Justice website', { id: 'svc.about.link' }),
  source: () =>
    msg('Based on the CRS brochure “Working with LGBTQ communities to create safer and more peaceful communities” (undated, about 2016–2020) and, for how CRS services worked, CRS’s “About CRS” page (2016).', { id: 'svc.source' }),
  /** zh-Hans: the service texts follow CRS's own edition of the brochure; the rest is ours. */
  brochureNote: () =>
    msg('The service descriptions follow CRS’s official brochure in this language; the other texts were translated by the makers of this widget, not by CRS.', { id: 'svc.brochure-note' }),
  directory: () => msg('Find your CRS office', { id: 'svc.directory' }),
  translationNote,
};
