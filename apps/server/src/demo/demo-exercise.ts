import type { PactesurClient } from '@pactesur/api-client';
import type { CreateExerciseInput } from '@pactesur/contracts';
import { DEMO_PASSWORD } from './seed.ts';

/** The demo's exercise: Nice's joint exercise on the Promenade des Anglais, played and evaluated. */
export const DEMO_EXERCISE = {
  account: 'admin@nice.example.org',
  exercise: {
    name: 'Promenade des Anglais — joint exercise after the fireworks',
    type: 'full-scale',
    startsAt: '2026-11-18T21:00:00+01:00',
    endsAt: '2026-11-18T23:30:00+01:00',
    template: 'vehicle-ramming-promenade',
  } satisfies CreateExerciseInput,
  /** The agencies playing (under the labels the template's injects are sent to) and the peer city evaluating. */
  participants: [
    { org: 'nice-police', role: 'player', agency: 'local-police' },
    { org: 'ddsp-06', role: 'player', agency: 'national-police' },
    { org: 'sdis-06', role: 'player', agency: 'fire-brigade' },
    { org: 'samu-06', role: 'player', agency: 'ambulance' },
    { org: 'liege', role: 'evaluator', agency: '' },
  ],
  police: 'commander@police.nice.example.org',
  fire: 'officer@sdis06.example.org',
  evaluator: 'admin@liege.example.org',
} as const;

/**
 * Plays the demo's exercise through the API, as its people would: Nice's coordinator creates it from the
 * promenade template and brings in the agencies and Liège as evaluator, runs the clock to the end of the
 * scenario, the municipal police answer the first call with an M/ETHANE report and the fire brigade the
 * cordon, Liège's coordinator records what went well and what did not, then play ends, each agency gives
 * its feedback, and the improvement plan gets its first actions — so that its after-action report is there
 * to read. `api` is a client of the running platform, not signed in. An exercise of the same name already
 * there is left alone. Returns the exercise's id, and whether it was played now.
 */
export async function playDemoExercise(api: PactesurClient): Promise<{ id: string; played: boolean }> {
  const d = DEMO_EXERCISE;
  const as = async (email: string) => {
    const client = api.another();
    await client.signIn({ email, password: DEMO_PASSWORD });
    return client;
  };
  const [nice, police, fire, evaluator] = await Promise.all([as(d.account), as(d.police), as(d.fire), as(d.evaluator)]);
  const orgs = await nice.listOrgs();
  const orgId = (slug: string) => {
    const org = orgs.find((o) => o.slug === slug);
    if (!org) throw new Error(`the demo organisation ${slug} is not in the database`);
    return org.id;
  };
  const present = (await nice.listExercises()).find((e) => e.name === d.exercise.name);
  if (present) return { id: present.id, played: false };
  const x = await nice.createExercise(d.exercise);
  for (const p of d.participants) await nice.addExerciseParticipant(x.id, { orgId: orgId(p.org), role: p.role, agency: p.agency });

  // The whole scenario on the clock: every inject that is not held in reserve is delivered.
  await nice.runExercise(x.id, { action: 'start' });
  const last = Math.max(...(x.design?.msel ?? []).map((i) => i.scenarioTimeS));
  await nice.runExercise(x.id, { action: 'jump', toScenarioTimeS: last });
  const [first] = await police.exerciseDeliveries(x.id);
  if (first)
    await police.respondToExercise(x.id, {
      injectId: first.injectId,
      text: 'PM 12 and PM 14 on scene. Lorry stopped at Boulevard Gambetta, driver neutralised by the national police. Promenade closed to traffic from the Negresco to Gambetta.',
      methane: {
        major: true,
        exactLocation: 'Promenade des Anglais, from the Hotel Negresco to Boulevard Gambetta',
        type: 'Vehicle ramming into a crowd; lorry stopped',
        hazards: 'Lorry’s fuel tank leaking; crowd running east',
        access: 'Rendezvous point at Rue de Rivoli; access by Rue Meyerbeer',
        casualties: 'Dozens along 1.7 km, many not moving',
        services: 'PM 12, PM 14, two national police crews; SDIS and SAMU requested',
      },
    });
  const [fireCall] = await fire.exerciseDeliveries(x.id);
  if (fireCall) await fire.respondToExercise(x.id, { injectId: fireCall.injectId, text: 'Two engines and a rescue unit to the rendezvous point at Rue de Rivoli; cordon agreed with the police at 100 m.' });

  const observe = (objectiveId: string, rating: 'P' | 'S' | 'M' | 'U', text: string) => {
    const objective = x.design?.objectives.find((o) => o.id === objectiveId);
    return evaluator.observeExercise(x.id, { objectiveId, capabilityId: objective?.capabilities[0] ?? null, text, rating });
  };
  await observe('o1', 'S', 'The M/ETHANE report reached the national police in 4 minutes and the SAMU in 9: the SAMU was called last, by telephone.');
  await observe('o2', 'P', 'One joint command post at the Rue de Rivoli within 12 minutes; the cordon agreed by radio between police and fire.');
  await observe('o4', 'M', 'The public alert was relayed by the city after 22 minutes; the false rumour of a second attacker was answered only after 35.');
  await nice.runExercise(x.id, { action: 'end' });

  await police.giveExerciseFeedback(x.id, { kind: 'participant', wentWell: 'Clear first calls; the lorry stopped quickly.', toImprove: 'One radio channel shared with the fire brigade for the cordon.', score: 4 });
  await fire.giveExerciseFeedback(x.id, { kind: 'participant', wentWell: 'The rendezvous point was known to every crew.', toImprove: 'We learned of the cordon from the police on site, not from the control room.', score: 4 });
  await nice.giveExerciseFeedback(x.id, { kind: 'hot-wash', wentWell: 'The command post and the cordon.', toImprove: 'Warning the public: the alert took twice as long as planned.' });
  await nice.addExerciseAction(x.id, { text: 'A shared radio talk group for the police and the fire brigade during cordons', element: 'equipment', orgId: orgId('nice-police'), startsOn: '2026-12-01', dueOn: '2027-03-31', status: 'in-progress' });
  await nice.addExerciseAction(x.id, { text: 'Pre-written public alerts for the promenade, approved in advance by the prefecture', element: 'planning', orgId: orgId('nice'), dueOn: '2027-06-30' });
  await nice.addExerciseAction(x.id, { text: 'Train the control room to pass the M/ETHANE report to the SAMU first', element: 'training', orgId: orgId('nice-police'), dueOn: '2027-02-28' });
  return { id: x.id, played: true };
}
