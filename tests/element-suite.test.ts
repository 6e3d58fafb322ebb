// The shared suite (tests/element-suite.ts), once per element.
import '../src/index.js';
import '../src/locales/all.js';
import { elementSuite } from './element-suite.js';

elementSuite('crs-contact-card', {
  mistake: { attribute: 'office', value: 'nowhere', named: 'nowhere' },
  english: /CRS Headquarters/,
});

elementSuite('crs-services-list', {
  // Its unknown `services` and `sections` ids, and a bad heading level, are named in the console only.
  mistake: { none: 'the services list names its attribute mistakes in the console only (it has no on-screen notices yet)' },
  english: /CRS programs and services for LGBTQ communities/,
});

elementSuite('crs-office-locator', {
  attributes: { state: 'TX' },
  mistake: { attribute: 'state', value: 'ZZ', named: 'ZZ' },
  english: /Find your CRS office/,
});
