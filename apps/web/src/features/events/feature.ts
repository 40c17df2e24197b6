import { defineFeature, route } from '../defineFeature.ts';
import { eventsEn } from './i18n/en.ts';

/**
 * Event security plans (EVENTS.md): the organisation's plans and the network's calendar, the plan drawn on
 * the site's map with its capacity and egress figures, the crowd simulation beside them, the worksheets,
 * the sign-off by the agencies, live operations, the export, and the jurisdictions' profiles.
 */
export const eventsFeature = defineFeature({
  area: 'events',
  routes: [
    route({
      name: 'events',
      path: '/events',
      page: () => import('./EventsPage.tsx').then((m) => m.EventsPage),
    }),
    route({
      name: 'event-new',
      path: '/events/new',
      query: ['siteId'],
      page: () => import('./NewEventPage.tsx').then((m) => m.NewEventPage),
    }),
    route({
      name: 'event-profiles',
      path: '/events/profiles',
      page: () => import('./ProfilesPage.tsx').then((m) => m.ProfilesPage),
    }),
    route({
      name: 'event',
      path: '/events/:id',
      freshFor: 'id',
      page: () => import('./EventPage.tsx').then((m) => m.EventPage),
    }),
  ],
  nav: [
    {
      label: 'nav.events',
      to: { name: 'events' },
      matches: ['events', 'event', 'event-new', 'event-profiles'],
      order: 47,
    },
  ],
  recordKinds: { event: 'event' },
  actions: {
    // A plan is made for a site the organisation may read (a square of another city, shared with it).
    'event.create': { role: 'editor', access: ['owner', 'edit', 'read'] },
    // The simulations are records of the owner organisation, started from its plan.
    'event.simulate': { role: 'analyst', access: ['owner'] },
    // Next year's edition is a new plan of the owner organisation.
    'event.next': { role: 'editor', access: ['owner'] },
    // The organisation's own profiles of constants.
    'event.profiles': { role: 'editor', access: ['owner'] },
  },
  dictionary: {
    en: eventsEn,
    fr: () => import('./i18n/fr.ts').then((m) => m.eventsFr),
    es: () => import('./i18n/es.ts').then((m) => m.eventsEs),
    it: () => import('./i18n/it.ts').then((m) => m.eventsIt),
  },
});
