import type { PactesurClient } from '@pactesur/api-client';
import type { SaveCourseInput } from '@pactesur/contracts';
import { DEMO_PASSWORD } from './seed.ts';

const day = (date: string, n: number) => ({
  id: `day-${n}`,
  title: `Day ${n}`,
  startsAt: `${date}T09:00:00+02:00`,
  endsAt: `${date}T17:00:00+02:00`,
  place: 'Nice',
});

/**
 * PACTESUR 2's first police academy, Nice, 13–16 May 2024, on the themes the programme names. A demo
 * record: the dates and themes are the programme's, the hours and session times the demo's own.
 */
export const DEMO_ACADEMY: SaveCourseInput = {
  title: 'PACTESUR 2 police academy — Nice',
  theme: 'vulnerability-assessment',
  description:
    'Four days for the municipal police officers of the network, hosted by the City of Nice: assessing the vulnerability of a public space, protecting it by design, using security technology within the law, talking to the public in a crisis, and recruiting and keeping officers, women and men. Demo record written from the PACTESUR 2 programme.',
  languages: ['en', 'fr'],
  curriculum: [
    { title: 'Vulnerability assessment of a public space', hours: 7, objectives: 'Assess a square or a promenade with the network’s method, threat by threat.' },
    { title: 'Security by design and hostile vehicle mitigation', hours: 7, objectives: 'Choose and place protection that keeps the space open.' },
    { title: 'Ethics of security technology', hours: 3.5 },
    { title: 'Crisis communication with the public', hours: 3.5 },
    { title: 'Recruitment, retention and gender inclusion in municipal police', hours: 7 },
  ],
  trainers: [{ name: 'Municipal police of Nice', organisation: 'City of Nice' }],
  sessions: [day('2024-05-13', 1), day('2024-05-14', 2), day('2024-05-15', 3), day('2024-05-16', 4)],
  places: 30,
  enrolmentCloses: null,
  public: true,
};

/** Writes the network's academy as its lead would, unless the network already has courses. Returns how many were written. */
export async function writeDemoTraining(api: PactesurClient): Promise<number> {
  const lead = api.another();
  await lead.signIn({ email: 'admin@nice.example.org', password: DEMO_PASSWORD });
  if ((await lead.listCourses('pactesur-2')).length > 0) return 0;
  const academy = (await lead.listActivities('pactesur-2')).find((a) => a.kind === 'academy' && a.startsOn === '2024-05-13');
  await lead.createCourse({ network: 'pactesur-2', course: { ...DEMO_ACADEMY, activityId: academy?.id ?? null } });
  return 1;
}
