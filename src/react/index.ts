/**
 * React wrappers (`crs-widgets/react`): typed props and event callbacks for every element, through
 * @lit/react. Importing this module registers the elements.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CrsContactCard as ContactCardElement, type ContactActionDetail } from '../contact-card/define.js';
import { CrsServicesList as ServicesListElement, type ServiceToggleDetail } from '../services-list/define.js';
import { CrsOfficeLocator as OfficeLocatorElement, type OfficeSelectDetail } from '../office-locator/define.js';

export type { ContactActionDetail, ServiceToggleDetail, OfficeSelectDetail };

export const CrsContactCard = createComponent({
  tagName: 'crs-contact-card',
  elementClass: ContactCardElement,
  react: React,
  events: { onContactAction: 'crs-contact-action' as EventName<CustomEvent<ContactActionDetail>> },
  displayName: 'CrsContactCard',
});

export const CrsServicesList = createComponent({
  tagName: 'crs-services-list',
  elementClass: ServicesListElement,
  react: React,
  events: { onServiceToggle: 'crs-service-toggle' as EventName<CustomEvent<ServiceToggleDetail>> },
  displayName: 'CrsServicesList',
});

export const CrsOfficeLocator = createComponent({
  tagName: 'crs-office-locator',
  elementClass: OfficeLocatorElement,
  react: React,
  events: { onOfficeSelect: 'crs-office-select' as EventName<CustomEvent<OfficeSelectDetail>> },
  displayName: 'CrsOfficeLocator',
});
