import type { Course, CourseParticipant } from '@pactesur/contracts';

/** A participant of the sample course, enrolled by London. */
export function participant(over: Partial<CourseParticipant> = {}): CourseParticipant {
  return {
    id: '7d2a4c1e-0000-4000-8000-000000000101',
    orgId: '7d2a4c1e-0000-4000-8000-0000000000a2',
    orgName: 'Greater London Authority',
    name: 'Priya Raman',
    function: 'Sergeant, counter-terrorism security adviser',
    email: null,
    enrolledAt: '2026-10-01T09:00:00.000Z',
    attended: [],
    attendance: 0,
    certified: false,
    certificateCode: null,
    ...over,
  };
}

/**
 * A course of PACTESUR organised by Nice: two sessions on 3 and 4 March 2027 (Paris time), a curriculum of
 * 6.5 hours, 24 places.
 */
export function course(over: Partial<Course> = {}): Course {
  return {
    id: '7d2a4c1e-0000-4000-8000-000000000001',
    networkSlug: 'pactesur',
    networkName: 'PACTESUR',
    organiserOrgId: '7d2a4c1e-0000-4000-8000-0000000000a1',
    organiserOrgName: 'Ville de Nice',
    title: 'Vulnerability assessment of public spaces',
    theme: 'vulnerability-assessment',
    description: 'Two days on the method, with a site visit.',
    languages: ['en', 'fr'],
    curriculum: [
      { title: 'The method', hours: 3, objectives: 'Score threats and their likelihood.' },
      { title: 'Site visit', hours: 3.5, objectives: '' },
    ],
    trainers: [
      { name: 'Camille Laurent', organisation: 'Ville de Nice', expertise: 'Security coordination' },
    ],
    sessions: [
      {
        id: 'the-method',
        title: 'The method',
        startsAt: '2027-03-03T08:00:00.000Z',
        endsAt: '2027-03-03T11:00:00.000Z',
        place: 'Nice, CSU',
      },
      {
        id: 'site-visit',
        title: 'Site visit',
        startsAt: '2027-03-04T08:00:00.000Z',
        endsAt: '2027-03-04T11:30:00.000Z',
        place: 'Promenade des Anglais',
      },
    ],
    places: 24,
    enrolmentCloses: null,
    public: true,
    certificate: true,
    attendanceRequired: 80,
    activityId: null,
    startsAt: '2027-03-03T08:00:00.000Z',
    endsAt: '2027-03-04T11:30:00.000Z',
    hours: 6.5,
    stage: 'upcoming',
    taken: 0,
    enrolmentOpen: true,
    participants: [],
    canManage: false,
    canEnrol: false,
    ...over,
  };
}
