// The shared suite (tests/element-suite.ts), once per element.
import '../src/index.js';
import '../src/locales/all.js';
import { elementSuite } from './element-suite.js';

elementSuite('crs-contact-card', {
  mistake: { attribute: 'office', value: 'nowhere', named: 'nowhere' },
  english: /CRS Headquarters/,
});

elementSuite('crs-services-list', {
  mistake: { attribute: 'services', value: 'juggling', named: 'juggling' },
  english: /CRS programs and services for LGBTQ communities/,
});

elementSuite('crs-office-locator', {
  attributes: { state: 'TX' },
  mistake: { attribute: 'state', value: 'ZZ', named: 'ZZ' },
  english: /Find your CRS office/,
});
