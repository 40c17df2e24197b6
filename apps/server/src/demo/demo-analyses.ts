import { ApiError, type PactesurClient } from '@pactesur/api-client';
import type { CreateCrowdSimulationInput, CreateProtectionPlanInput, CreateThreatAnalysisInput, RecordKind } from '@pactesur/contracts';
import { DEMO_ASSESSMENT } from './demo-assessment.ts';
import { DEMO_EVENT, demoEventPlan } from './demo-event.ts';
import { writeDemoAwareness } from './demo-awareness.ts';
import { writeDemoCalendar } from './demo-calendar.ts';
import { writeDemoCoverage } from './demo-citizens.ts';
import { writeDemoExchange } from './demo-exchange.ts';
import { writeDemoTraining } from './demo-training.ts';
import { DEMO_EXERCISE, playDemoExercise } from './demo-exercise.ts';
import { DEMO_PRACTICES, writeDemoPractices } from './demo-practices.ts';
import { DEMO_PASSWORD } from './seed.ts';

/**
 * The analyses the demo runs for Marienplatz once the server is healthy, so that a first visit shows
 * results: a vehicle threat analysis, a protection plan for the classes the catalogue can stop, an
 * evacuation of a busy Saturday's crowd, and a vulnerability assessment drawing on them (`DEMO_ASSESSMENT`);
 * then the Carnival's plan on the square, Nice's joint exercise on the promenade, played and evaluated, and
 * the network's first promising practices.
 * They run as the München planner would run them — through the API,
 * as background jobs — and are shared read-only with Nice, like the site.
 */
export const DEMO_ANALYSES = {
  site: 'Marienplatz',
  account: 'editor@muenchen.example.org',
  shareWith: 'nice',
  threat: { name: 'Marienplatz — vehicle approaches' } satisfies CreateThreatAnalysisInput,
  plan: {
    name: 'Marienplatz — protection up to 18 t',
    // The 40 t articulated truck is left out: no product of the planning catalogue is tested that heavy.
    classes: ['car', 'pickup', 'van', 'rigid-7.5t', 'rigid-18t'],
  } satisfies CreateProtectionPlanInput,
  crowd: {
    name: 'Marienplatz — evacuation of a busy Saturday',
    count: 2500,
    // Where the streets leave the square (outline edges of the OpenStreetMap square, lon/lat).
    exits: [
      { id: 'Kaufingerstraße', line: [[11.5745117, 48.1372172], [11.5745637, 48.137384]] },
      { id: 'Rosenstraße', line: [[11.5747157, 48.1371487], [11.5745117, 48.1372172]] },
      { id: 'Weinstraße', line: [[11.5749395, 48.1376056], [11.5750386, 48.1375763]] },
      { id: 'Dienerstraße', line: [[11.5764899, 48.137254], [11.5763918, 48.1371171]] },
      { id: 'Tal', line: [[11.5768822, 48.1368953], [11.5768013, 48.1368361]] },
      { id: 'Petersplatz', line: [[11.5771149, 48.1365699], [11.5770043, 48.1364751]] },
      { id: 'Rindermarkt', line: [[11.5756243, 48.1367508], [11.5755315, 48.1367828]] },
    ],
  } satisfies CreateCrowdSimulationInput,
} as const;

/** One demo analysis: started now, already there, or not possible (and why); once followed, how it ended. */
export interface DemoAnalysis {
  readonly kind: RecordKind | 'practices' | 'calendar' | 'awareness';
  readonly name: string;
  readonly id: string | null;
  readonly outcome: 'started' | 'present' | 'refused';
  readonly reason?: string;
  readonly status?: 'processing' | 'ready' | 'failed';
}

/** Between two looks at the analyses being followed (ms), and how long they are followed at most. */
const FOLLOW_EVERY_MS = 5000;
const FOLLOW_AT_MOST_MS = 10 * 60_000;

const reasonOf = (error: unknown): string =>
  error instanceof ApiError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);

/**
 * Starts the demo analyses of Marienplatz through `api`, a client of the running platform that is not signed
 * in yet (each once: an analysis of the same kind already on the site is left alone), and shares them with
 * Nice. Returns what it did for each, and a way to wait until they have finished.
 */
export async function startDemoAnalyses(api: PactesurClient): Promise<{ analyses: DemoAnalysis[]; finished: () => Promise<DemoAnalysis[]> }> {
  const analyses = await startAll(api);
  return { analyses, finished: () => follow(api, analyses) };
}

async function startAll(api: PactesurClient): Promise<DemoAnalysis[]> {
  const d = DEMO_ANALYSES;
  try {
    await api.signIn({ email: d.account, password: DEMO_PASSWORD });
  } catch (error) {
    return [{ kind: 'site', name: d.site, id: null, outcome: 'refused', reason: `cannot sign in as ${d.account} (${reasonOf(error)})` }];
  }
  const site = (await api.listSites()).find((s) => s.name === d.site && s.access === 'owner');
  if (!site) return [{ kind: 'site', name: d.site, id: null, outcome: 'refused', reason: 'the demo site is not registered' }];
  const partner = (await api.listOrgs()).find((o) => o.slug === d.shareWith);

  const run = async (kind: RecordKind, name: string, existing: () => Promise<{ id: string }[]>, start: () => Promise<{ id: string }>): Promise<DemoAnalysis> => {
    try {
      const present = await existing();
      if (present[0]) return { kind, name, id: present[0].id, outcome: 'present' };
      const record = await start();
      if (partner) await api.share(kind, record.id, partner.id, 'read');
      return { kind, name, id: record.id, outcome: 'started' };
    } catch (error) {
      return { kind, name, id: null, outcome: 'refused', reason: reasonOf(error) };
    }
  };
  const started = [
    await run('threat-analysis', d.threat.name, () => api.listThreatAnalyses(site.id), () => api.startThreatAnalysis(site.id, d.threat)),
    await run('protection-plan', d.plan.name, () => api.listProtectionPlans(site.id), () => api.startProtectionPlan(site.id, { ...d.plan, classes: [...d.plan.classes] })),
    await run('crowd-simulation', d.crowd.name, () => api.listCrowdSimulations(site.id), () =>
      api.startCrowdSimulation(site.id, { ...d.crowd, exits: d.crowd.exits.map((e) => ({ id: e.id, line: [[...e.line[0]], [...e.line[1]]] })) }),
    ),
    // Its indicators are computed once the analyses above are ready (`follow`).
    await run('assessment', DEMO_ASSESSMENT.title, () => api.listAssessments(site.id), () =>
      api.createAssessment({ siteId: site.id, ...DEMO_ASSESSMENT }),
    ),
  ];
  // The Carnival's plan, its vehicle-ramming risk taken from the assessment; its simulation is run from its page.
  const assessmentId = started.at(-1)?.id ?? undefined;
  return [
    ...started,
    await run('event', DEMO_EVENT.name, () => api.listEvents({ siteId: site.id }), () =>
      api.createEvent({ ...DEMO_EVENT, siteId: site.id, plan: demoEventPlan(site.outline, { assessmentId }) }),
    ),
    await exercise(api),
    await practices(api),
    await calendar(api),
    await awareness(api),
  ];
}

/**
 * Nice's awareness page for its residents and visitors, published in three languages, and where the city
 * and its police take citizens' reports.
 */
async function awareness(api: PactesurClient): Promise<DemoAnalysis> {
  const name = 'Nice';
  try {
    const page = await writeDemoAwareness(api);
    const coverage = await writeDemoCoverage(api);
    return { kind: 'awareness', name, id: null, outcome: page || coverage ? 'started' : 'present' };
  } catch (error) {
    return { kind: 'awareness', name, id: null, outcome: 'refused', reason: reasonOf(error) };
  }
}

/**
 * The networks' programme on their calendars (meetings, academies, workshops and officer exchanges), their
 * academy's course and the exchange of the Carnival of Nice with its guests.
 */
async function calendar(api: PactesurClient): Promise<DemoAnalysis> {
  const name = 'PACTESUR, PACTESUR 2';
  try {
    const written = (await writeDemoCalendar(api)) + (await writeDemoTraining(api)) + (await writeDemoExchange(api));
    return { kind: 'calendar', name, id: null, outcome: written > 0 ? 'started' : 'present' };
  } catch (error) {
    return { kind: 'calendar', name, id: null, outcome: 'refused', reason: reasonOf(error) };
  }
}

/** The network's promising practices, written by their authors and published by another organisation. */
async function practices(api: PactesurClient): Promise<DemoAnalysis> {
  const name = DEMO_PRACTICES.map((p) => p.content.city).join(', ');
  try {
    const { ids, written } = await writeDemoPractices(api);
    return { kind: 'practices', name, id: ids[0] ?? null, outcome: written > 0 ? 'started' : 'present' };
  } catch (error) {
    return { kind: 'practices', name, id: null, outcome: 'refused', reason: reasonOf(error) };
  }
}


/** Nice's joint exercise, played to its after-action report by Nice's people and their partners. */
async function exercise(api: PactesurClient): Promise<DemoAnalysis> {
  const name = DEMO_EXERCISE.exercise.name;
  try {
    const { id, played } = await playDemoExercise(api);
    return { kind: 'exercise', name, id, outcome: played ? 'started' : 'present' };
  } catch (error) {
    return { kind: 'exercise', name, id: null, outcome: 'refused', reason: reasonOf(error) };
  }
}

/** Waits until every started analysis is ready or failed (or the follow-up time is over). */
async function follow(api: PactesurClient, analyses: DemoAnalysis[]): Promise<DemoAnalysis[]> {
  const statusOf = async (a: DemoAnalysis): Promise<DemoAnalysis['status']> => {
    // The calendars are written, not computed: they are ready once written (and have no one record).
    if (a.kind === 'calendar' || a.kind === 'awareness') return a.outcome === 'refused' ? undefined : 'ready';
    if (!a.id) return undefined;
    if (a.kind === 'assessment' || a.kind === 'event' || a.kind === 'exercise' || a.kind === 'practices') return 'ready';
    const record =
      a.kind === 'threat-analysis'
        ? await api.getThreatAnalysis(a.id)
        : a.kind === 'protection-plan'
          ? await api.getProtectionPlan(a.id)
          : await api.getCrowdSimulation(a.id);
    return record.status;
  };
  const until = Date.now() + FOLLOW_AT_MOST_MS;
  let now = analyses;
  for (;;) {
    now = await Promise.all(now.map(async (a) => ({ ...a, status: await statusOf(a).catch(() => a.status) })));
    if (now.every((a) => a.status !== 'processing') || Date.now() > until) {
      // The assessment started with the analyses: its indicators now draw on their results.
      const assessment = now.find((a) => a.kind === 'assessment' && a.outcome === 'started');
      if (assessment?.id) await api.refreshAssessmentIndicators(assessment.id).catch(() => undefined);
      return now;
    }
    await new Promise((resolve) => setTimeout(resolve, FOLLOW_EVERY_MS));
  }
}
