import { describe, expect, it } from 'vitest';
import { NAV_ITEMS } from './navItems.ts';

describe('the main navigation', () => {
  it('lists the sections in order, each lit up by its own pages and those of the features within it', () => {
    expect(NAV_ITEMS.map((i) => ({ ...i, matches: [...i.matches].sort() }))).toEqual([
      { path: '/', label: 'nav.home', matches: ['home'], adminOnly: false },
      { path: '/networks/pactesur-2', label: 'nav.network', matches: ['network', 'network-activity', 'network-call'], adminOnly: false },
      { path: '/practices', label: 'nav.practices', matches: ['practice', 'practice-new', 'practices'], adminOnly: false },
      { path: '/training', label: 'nav.training', matches: ['course', 'course-new', 'courses'], adminOnly: false },
      { path: '/organisation', label: 'nav.organisation', matches: ['organisation'], adminOnly: false },
      { path: '/members', label: 'nav.members', matches: ['members'], adminOnly: false },
      { path: '/alerts', label: 'nav.alerts', matches: ['alert', 'alert-new', 'alerts'], adminOnly: false },
      { path: '/citizens/reports', label: 'nav.reports', matches: ['citizen-report', 'citizen-reports', 'citizen-settings'], adminOnly: false },
      { path: '/assessments', label: 'nav.assessments', matches: ['assessment', 'assessment-compare', 'assessment-new', 'assessments'], adminOnly: false },
      { path: '/events', label: 'nav.events', matches: ['event', 'event-new', 'event-profiles', 'events'], adminOnly: false },
      { path: '/exercises', label: 'nav.exercises', matches: ['exercise', 'exercise-new', 'exercises'], adminOnly: false },
      {
        path: '/briefings',
        label: 'nav.briefings',
        matches: ['briefing', 'briefing-new', 'briefings'],
        adminOnly: false,
      },
      {
        path: '/sites',
        label: 'nav.sites',
        matches: ['crowd', 'crowd-new', 'site', 'site-import', 'sites', 'threat', 'threat-new'],
        adminOnly: false,
      },
      { path: '/jobs', label: 'nav.jobs', matches: ['jobs'], adminOnly: false },
      { path: '/audit', label: 'nav.audit', matches: ['audit'], adminOnly: true },
      { path: '/webhooks', label: 'nav.webhooks', matches: ['webhook', 'webhooks'], adminOnly: true },
    ]);
  });
});
