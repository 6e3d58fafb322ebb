// A small React app using the wrappers; the test runner serves it bundled (see web-test-runner.config.js).
import { createElement as h, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { CrsContactCard, CrsOfficeLocator, CrsServicesList } from '../../src/react/index.js';

export interface Seen {
  contact: string[];
  toggle: string[];
  select: string[];
}

export function mount(container: HTMLElement, seen: Seen): Root {
  const root = createRoot(container);
  root.render(
    h(StrictMode, null,
      h(CrsContactCard, { office: 'houston', compact: true, onContactAction: (e) => seen.contact.push(`${e.detail.officeId}:${e.detail.action}`) }),
      h(CrsServicesList, { services: 'mediation', sections: 'services', onServiceToggle: (e) => seen.toggle.push(`${e.detail.id}:${e.detail.open}`) }),
      h(CrsOfficeLocator, { state: 'WA', view: 'map', noGeolocation: true, onOfficeSelect: (e) => seen.select.push(`${e.detail.officeId}:${e.detail.via}`) }),
    ),
  );
  return root;
}
