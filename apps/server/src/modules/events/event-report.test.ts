import {
  EventPlan,
  EventRecord,
  LiveState,
  LOCALES,
  type CrowdResult,
  type EventPlanInput,
  type LngLat,
  type Locale,
} from '@pactesur/contracts';
import { calculateEvent, GREEN_GUIDE, GREEN_GUIDE_SOURCES } from '@pactesur/events';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { pdfPageCount, pdfPages, pdfWords } from '../../../test/pdf-words.ts';
import { SENSITIVE_REPORT_TEXT } from '../../exports/sensitive-report-text.ts';
import { eventPlanPdf, type EventReportInput } from './event-report.ts';
import { EVENT_REPORT_TEXT } from './event-report-text.ts';

const ORG = '11111111-1111-4111-8111-111111111111';
const SITE = '22222222-2222-4222-8222-222222222222';
const ID = '33333333-3333-4333-8333-333333333333';
const POLICE = '44444444-4444-4444-8444-444444444444';
const FIRE = '55555555-5555-4555-8555-555555555555';
const ASSESSMENT = '66666666-6666-4666-8666-666666666666';
const RUN_ALL = '77777777-7777-4777-8777-777777777777';
const RUN_CLOSED = '88888888-8888-4888-8888-888888888888';

/** A rectangle `w` × `h` metres whose south-west corner is at `lon`, `lat` (Nice's latitude), closed. */
function rect(lon: number, lat: number, w: number, h: number): LngLat[] {
  const dLon = w / (111_320 * Math.cos((43.7 * Math.PI) / 180));
  const dLat = h / 110_950;
  return [
    [lon, lat],
    [lon + dLon, lat],
    [lon + dLon, lat + dLat],
    [lon, lat + dLat],
    [lon, lat],
  ];
}

const W = 7.2695;
const S = 43.6965;
const east = W + 100 / (111_320 * Math.cos((43.7 * Math.PI) / 180));
const north = S + 80 / 110_950;

/** The Carnival's corso on Place Masséna, as Nice's planner would draw and write it. */
const planInput: EventPlanInput = {
  features: [
    {
      id: 'square',
      type: 'zone',
      name: 'Place Masséna',
      use: 'audience',
      polygon: { type: 'Polygon', coordinates: [rect(W, S, 100, 80)] },
    },
    {
      id: 'stage',
      type: 'structure',
      name: 'Royal podium',
      polygon: { type: 'Polygon', coordinates: [rect(W + 0.0003, S + 0.0004, 15, 10)] },
    },
    {
      id: 'jean-medecin',
      type: 'exit',
      name: 'Avenue Jean Médecin',
      line: [
        [W + 0.0004, north],
        [W + 0.0006, north],
      ],
      widthM: 12,
      kind: 'level',
    },
    {
      id: 'jardin',
      type: 'exit',
      name: 'Jardin Albert Ier',
      line: [
        [east, S + 0.0002],
        [east, S + 0.0003],
      ],
      widthM: 8,
      kind: 'level',
    },
    {
      id: 'steps',
      type: 'exit',
      name: 'Opera steps',
      line: [
        [W, S + 0.0002],
        [W, S + 0.00025],
      ],
      widthM: 3,
      kind: 'stairs',
      entry: false,
    },
    { id: 'gate-north', type: 'screening', name: 'North gate', at: [W + 0.0005, north], lanes: 8 },
    {
      id: 'hvm',
      type: 'vehicle-barrier',
      name: 'Avenue de Verdun blocks',
      path: [
        [east, S],
        [east, north],
      ],
      productId: 'temporary-barrier-n2a-48',
    },
    {
      id: 'approach',
      type: 'route',
      name: 'Avenue Jean Médecin approach',
      path: [
        [W + 0.0005, north],
        [W + 0.0005, north + 0.002],
      ],
      widthM: 20,
      flowPerMin: 700,
    },
    {
      id: 'post-1',
      type: 'point',
      name: 'Podium front',
      kind: 'steward',
      at: [W + 0.0004, S + 0.0003],
      staff: 12,
    },
    {
      id: 'post-2',
      type: 'point',
      name: 'Fountain',
      kind: 'steward',
      at: [W + 0.0008, S + 0.0003],
      staff: 6,
    },
    {
      id: 'pma',
      type: 'point',
      name: 'First-aid post Masséna',
      kind: 'medical',
      at: [W + 0.001, S + 0.0005],
      staff: 8,
    },
    {
      id: 'rvp',
      type: 'point',
      name: 'RVP Rue Gioffredo',
      kind: 'rendezvous',
      at: [W + 0.001, north + 0.0005],
    },
  ],
  sections: {
    outline:
      'The Carnival corso crosses Place Masséna twice each evening.\n\nThe square holds standing spectators behind the barriers.',
    crowdProfile: 'Families in the afternoon; younger visitors after dark, some of them drinking.',
    organisation: 'Event control in the Palais de la Préfecture; the safety officer commands the stewards.',
    crowdManagement:
      'Stewards at every gate and at the podium front; a one-way system on Avenue Jean Médecin after the show.',
    emergencyProcedures:
      'Evacuation towards Jardin Albert Ier; invacuation into the Galeries Lafayette if shots are fired.',
    traffic: 'The tram stops at Masséna are closed from 18:00.',
    medical: 'Two first-aid posts and one ambulance team on standby.',
    communications: 'Radio channel 3 for stewards; public address from the podium.',
    weather: 'Above 60 km/h of wind the floats stop and the show is cancelled.',
  },
  expectedPeak: 9_000,
  reducedFlows: true,
  dimIce: [
    {
      row: 'design',
      column: 'egress',
      normal: 'Three exits, one of them stairs',
      abnormal: 'Podium blocks the west side',
      emergency: 'Open the Jardin gates',
      features: ['jardin'],
    },
    {
      row: 'management',
      column: 'ingress',
      normal: 'Bag checks at the north gate',
      abnormal: 'Queues on Avenue Jean Médecin',
      emergency: 'Close the gate, hold the queue',
      features: [],
    },
  ],
  ramp: [
    {
      id: 'r1',
      element: 'routes',
      phase: 'egress',
      text: 'The approach reaches level C at the end of the show',
      rating: 'amber',
      features: ['approach'],
    },
  ],
  risks: [
    {
      id: 'crush',
      hazard: 'Crowd crush at the podium front',
      likelihood: 3,
      impact: 4,
      controls: 'Barrier line and stewards',
      owner: 'Safety officer',
      features: ['post-1'],
    },
    {
      id: 'ramming',
      hazard: 'Vehicle driven into the crowd from Avenue de Verdun',
      likelihood: 4,
      impact: 5,
      controls: 'Rated temporary barriers',
      owner: 'Police municipale',
      features: ['hvm'],
      fromAssessment: { assessmentId: ASSESSMENT, threat: 'vehicle-ramming' },
    },
  ],
  triggers: [
    {
      id: 'dense',
      name: 'Podium front too dense',
      metric: 'density',
      threshold: 4,
      action: 'Stop the floats and open the Jardin gates',
      alert: {
        headline: 'Crowd too dense on Place Masséna',
        description: 'The square is full.',
        instruction: 'Leave by Jardin Albert Ier.',
        severity: 'Severe',
        urgency: 'Immediate',
      },
    },
    {
      id: 'full',
      name: 'Square full',
      metric: 'occupancy',
      threshold: 9_500,
      action: 'Close the north gate',
    },
  ],
  martyn: ['evacuation', 'communication', 'lockdown'],
};

const plan = EventPlan.parse(planInput);
const calculations = calculateEvent(plan, GREEN_GUIDE, GREEN_GUIDE_SOURCES);

const recordInput: z.input<typeof EventRecord> = {
  id: ID,
  ownerOrgId: ORG,
  ownerName: 'Ville de Nice',
  siteId: SITE,
  siteName: 'Place Masséna',
  name: 'Carnaval de Nice 2027',
  kind: 'carnival',
  status: 'approved',
  startsAt: '2027-02-13T19:00:00.000Z',
  endsAt: '2027-02-13T22:30:00.000Z',
  submitBy: '2027-01-16T19:00:00.000Z',
  expectedPeak: plan.expectedPeak,
  previousId: null,
  updatedAt: '2027-01-20T10:00:00.000Z',
  access: 'owner',
  listed: true,
  revision: 14,
  profile: {
    id: null,
    familyId: null,
    ownerOrgId: null,
    name: 'UK Green Guide',
    country: 'GB',
    version: 1,
    constants: GREEN_GUIDE,
    sources: GREEN_GUIDE_SOURCES,
    createdAt: null,
    createdByName: null,
    superseded: false,
  },
  plan,
  calculations,
  simulations: {
    allExits: RUN_ALL,
    largestClosed: RUN_CLOSED,
    closedExitId: 'jean-medecin',
    startedAt: '2027-01-18T09:00:00.000Z',
    people: 9_000,
    handMinutes: { allExits: 6.77, largestClosed: 11.44 },
  },
  reviews: [
    {
      orgId: POLICE,
      orgName: 'Police nationale 06',
      decision: 'approved-with-conditions',
      comment: 'Barriers to be checked at 17:00',
      decidedByName: 'Marc Rossi',
      decidedAt: '2027-01-19T15:00:00.000Z',
    },
    {
      orgId: FIRE,
      orgName: 'SDIS 06',
      decision: 'pending',
      comment: '',
      decidedByName: null,
      decidedAt: null,
    },
  ],
  conditions: [
    {
      id: RUN_ALL,
      orgId: POLICE,
      orgName: 'Police nationale 06',
      text: 'Barriers on Avenue de Verdun in place by 17:00',
      status: 'met',
      note: 'Checked with the police',
      createdAt: '2027-01-19T15:00:00.000Z',
      closedByName: 'Claire Martin',
      closedAt: '2027-01-20T09:00:00.000Z',
    },
    {
      id: RUN_CLOSED,
      orgId: POLICE,
      orgName: 'Police nationale 06',
      text: 'Twenty more stewards at the podium front',
      status: 'open',
      note: '',
      createdAt: '2027-01-19T15:00:00.000Z',
      closedByName: null,
      closedAt: null,
    },
  ],
  debrief: '',
  createdAt: '2026-11-02T08:00:00.000Z',
  createdByName: 'Claire Martin',
};
const event = EventRecord.parse(recordInput);

const run = (evacuationTimeS: number | null, agentsOut: number, peakDensity: number): CrowdResult => ({
  evacuationTimeS,
  agentsTotal: 9_000,
  agentsOut,
  walkableAreaM2: 7_850,
  exits: [],
  curve: { t: [], remaining: [] },
  peakDensity,
  simulatedS: 900,
  steps: 9_000,
  wallS: 40,
  agentStepsPerS: 2e6,
});

const entry = (
  seq: number,
  extra: Partial<z.input<typeof LiveState>['entries'][number]>,
): z.input<typeof LiveState>['entries'][number] => ({
  seq,
  kind: 'count',
  at: `2027-02-13T19:${String(10 + seq).padStart(2, '0')}:00.000Z`,
  byName: 'Steward Nord',
  gate: 'jean-medecin',
  in: 0,
  out: 0,
  counter: '',
  text: '',
  methane: null,
  feature: null,
  triggerId: null,
  alertId: null,
  occupancy: 0,
  density: 0,
  level: 'normal',
  ...extra,
});

const live = LiveState.parse({
  status: 'live',
  seq: 3,
  occupancy: 7_200,
  usableAreaM2: 7_850,
  density: 0.92,
  level: 'normal',
  thresholds: [2, 4, 5],
  gates: [{ id: 'jean-medecin', name: 'Avenue Jean Médecin', in: 9_400, out: 2_200 }],
  triggered: [{ id: 'dense', name: 'Podium front too dense', seq: 2, alertId: null }],
  entries: [
    entry(1, { in: 8_600, occupancy: 8_600, density: 1.1, level: 'normal' }),
    entry(2, { kind: 'trigger', occupancy: 9_300, density: 4.2, level: 'unstable', triggerId: 'dense' }),
    entry(3, {
      kind: 'incident',
      gate: null,
      byName: 'Event control',
      text: 'Person collapsed at the podium front',
      feature: 'post-1',
      occupancy: 7_200,
      density: 0.92,
      methane: {
        major: false,
        exactLocation: 'Podium front, east barrier',
        type: 'Medical, one casualty',
        hazards: 'Dense crowd behind the barrier',
        access: 'Through the Jardin gates',
        casualties: 'One, conscious',
        services: 'First-aid team on scene, ambulance called',
      },
    }),
  ],
});

const reader = { name: 'Ana Reader', orgName: 'Métropole Nice Côte d’Azur' };
const at = new Date('2027-01-21T09:30:00Z');

async function render(locale: Locale, overrides: Partial<EventReportInput> = {}) {
  const pdf = await eventPlanPdf({
    event,
    live: null,
    simulations: { allExits: run(402, 9_000, 3.1), largestClosed: run(null, 8_700, 4.6) },
    reader,
    at,
    locale,
    ...overrides,
  });
  const words = pdfWords(pdf);
  return {
    pdf,
    pages: pdfPages(pdf),
    words,
    flat: words.replace(/\s+/g, ' '),
    tight: words.replace(/\s+/g, ''),
  };
}

/** A template's text with its placeholders as a pattern: given values where named, anything else elsewhere. */
function templatePattern(template: string, values: Record<string, string>): RegExp {
  const parts = template.split(/(\{\w+\})/).map((p) => {
    const name = /^\{(\w+)\}$/.exec(p)?.[1];
    if (name === undefined) return p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const value = values[name];
    return value === undefined ? '.+' : value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(parts.join(''));
}

/** Text as the document shows it (the signs the standard fonts lack in words they have), without the line breaks of its table cells. */
const tight = (text: string) => text.replace(/−/g, '-').replace(/Σ\s*/g, 'sum of ').replace(/\s+/g, '');

describe('the Event Safety Management Plan in the reader’s language', () => {
  it.each(LOCALES)(
    '%s: the stamp and the reader on every page, the figures with their formulas, the conditions, the headings',
    async (locale) => {
      const text = EVENT_REPORT_TEXT[locale];
      const shared = SENSITIVE_REPORT_TEXT[locale];
      const { pdf, pages, flat, tight: all } = await render(locale);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(pages.length).toBe(pdfPageCount(pdf));
      const foot = templatePattern(shared.exportedBy, { name: reader.name, org: reader.orgName });
      for (const [k, page] of pages.entries()) {
        expect(
          page.split('\n').filter((l) => l === shared.confidential),
          `page ${k + 1}`,
        ).toHaveLength(1);
        expect(page.replace(/\n/g, ' '), `page ${k + 1}`).toMatch(foot);
      }
      // Every figure with its name, formula and source; the holding capacity's numbers worked out.
      const holding = calculations.figures.find((f) => f.key === 'holdingCapacity');
      expect(holding?.formula).toMatch(/× 2 \/m² = /);
      for (const f of calculations.figures) {
        expect(all).toContain(tight(text.figures[f.key as keyof typeof text.figures]));
        expect(all).toContain(tight(f.formula));
      }
      expect(all).toContain(
        tight(text.fruinLevel.replace('{level}', 'C').replace('{meaning}', text.fruin.C)),
      );
      // The conditions with their status, the agencies' decisions, the trigger's alert.
      expect(all).toContain(tight(`Twenty more stewards at the podium front ${text.conditionStatuses.open}`));
      expect(all).toContain(
        tight(`Barriers on Avenue de Verdun in place by 17:00 ${text.conditionStatuses.met}`),
      );
      expect(all).toContain(tight(`Police nationale 06 ${text.decisions['approved-with-conditions']}`));
      expect(all).toContain(tight(`SDIS 06 ${text.decisions.pending}`));
      expect(flat).toContain('Crowd too dense on Place Masséna');
      // The scenario from the vulnerability assessment is marked, in the reader's words.
      expect(all).toContain(
        tight(text.fromAssessment.replace('{threat}', shared.threats['vehicle-ramming'])),
      );
      for (const heading of [
        text.documentControl,
        text.outline,
        text.organisation,
        text.risks,
        text.worksheets,
        text.sitePlan,
        text.calculations,
        text.simulation,
        text.crowdManagement,
        text.emergency,
        text.traffic,
        text.medical,
        text.communications,
        text.weather,
        text.signOff,
        shared.martyn,
      ])
        expect(all, heading).toContain(tight(heading));
      // The sections in the order of the plan.
      const order = [text.documentControl, text.risks, text.calculations, text.simulation, text.signOff].map(
        (h) => all.indexOf(tight(h)),
      );
      expect(order).toEqual([...order].sort((a, b) => a - b));
    },
  );

  it('says everything in French, with no English word or internal id left', async () => {
    const { flat, tight: all } = await render('fr', { live });
    for (const expected of [
      'Plan de gestion de la sécurité de l’événement : Carnaval de Nice 2027',
      'Exporté par Ana Reader (Métropole Nice Côte d’Azur) le 21 janvier 2027 à 09:30 UTC',
      'État : approuvé, révision 14',
      'Diffusion : Police nationale 06, SDIS 06',
      "Type d'événement : Carnaval",
      'Pic attendu : 9 000 personnes',
      "Débits : réduits pour un public ayant bu de l'alcool ou âgé",
      'Capacité sûre',
      'Postes de stadiers : Podium front, Fountain ; 18 stadiers en tout',
      'Niveau : obligation renforcée',
      'Seuils atteints : Podium front too dense',
      'Incident majeur déclaré non',
      'Lieu exact Podium front, east barrier',
    ])
      expect(all, expected).toContain(tight(expected));
    expect(flat).toContain('CONFIDENTIEL');
    for (const english of [
      'Risk register',
      'Exported by',
      'CONFIDENTIAL',
      'Holding capacity',
      'vehicle-ramming',
      'approved-with-conditions',
      'under-review',
      'Evacuation time',
      'no result',
      'Major incident declared',
    ])
      expect(flat).not.toContain(english);
  });

  it('sets the simulation beside the hand calculation, and names the exit closed', async () => {
    const { tight: all } = await render('en');
    expect(all).toContain(tight('All exits open Largest exit closed (Avenue Jean Médecin)'));
    expect(all).toContain(tight('People placed 9,000 9,000'));
    expect(all).toContain(tight('Evacuation time, simulated 6.7 min not everyone out'));
    expect(all).toContain(tight('Evacuation time, hand calculation 6.8 min 11.4 min'));
    expect(all).toContain(tight('People out 9,000 of 9,000 8,700 of 9,000'));
    expect(all).toContain(tight('Peak density 3.10 people/m² 4.60 people/m²'));
    const none = await render('en', {
      simulations: { allExits: null, largestClosed: null },
      event: { ...event, simulations: { ...event.simulations, allExits: null, largestClosed: null } },
    });
    expect(none.flat).toContain(EVENT_REPORT_TEXT.en.noSimulation);
    // A run still going (or failed) has no result yet: said so, the other run shown.
    const pending = await render('en', {
      simulations: { allExits: run(402, 9_000, 3.1), largestClosed: null },
    });
    expect(pending.tight).toContain(tight('People out 9,000 of 9,000 no result'));
  });

  it('lists the site plan’s features with their key figures, and the trigger points with their alerts', async () => {
    const { tight: all } = await render('en');
    expect(all).toContain(tight('Exit Avenue Jean Médecin 12.0 m wide, level, entry and exit'));
    expect(all).toContain(tight('Exit Opera steps 3.0 m wide, stairs, exit only'));
    expect(all).toContain(tight('Screening point North gate 8 screening lanes'));
    expect(all).toContain(
      tight('Vehicle-barrier line Avenue de Verdun blocks product temporary-barrier-n2a-48'),
    );
    expect(all).toContain(tight('Route Avenue Jean Médecin approach 20.0 m wide, 700 people per minute'));
    expect(all).toContain(tight('Medical post First-aid post Masséna 8 staff'));
    expect(all).toContain(
      tight(
        'Podium front too dense density at or above 4 people/m² Stop the floats and open the Jardin gates',
      ),
    );
    expect(all).toContain(
      tight('Podium front too dense: Crowd too dense on Place Masséna (severe, immediate)'),
    );
    expect(all).toContain(tight('Instruction: Leave by Jardin Albert Ier.'));
    // The register, highest risk first, with the scores and the features it is about.
    expect(all).toContain(
      tight(
        'Vehicle driven into the crowd from Avenue de Verdun (From the vulnerability assessment: Vehicle ramming) 4 5 20',
      ),
    );
    expect(all.indexOf(tight('Vehicle driven into the crowd'))).toBeLessThan(
      all.indexOf(tight('Crowd crush at the podium front')),
    );
    expect(all).toContain(tight('Design · Egress (About: Jardin Albert Ier)'));
    expect(all).toContain(tight('Routes Egress amber'));
  });

  it('summarises the live log when there is one: the peak, the trigger points reached, the incidents with M/ETHANE', async () => {
    const without = await render('en');
    expect(without.flat).not.toContain(EVENT_REPORT_TEXT.en.live);
    const { tight: all } = await render('en', { live });
    expect(all).toContain(
      tight('Peak occupancy: 9,300 people (4.20 people/m², unstable) at 13 February 2027 at 19:12 UTC'),
    );
    expect(all).toContain(tight('Now: 7,200 people, 0.92 people/m² (normal)'));
    expect(all).toContain(tight('Trigger points reached: Podium front too dense'));
    expect(all).toContain(tight('Avenue Jean Médecin 9,400 2,200'));
    expect(all).toContain(tight('13 February 2027 at 19:13 UTC, Event control (Podium front)'));
    expect(all).toContain(tight('Person collapsed at the podium front'));
    expect(all).toContain(tight('Number of casualties One, conscious'));
    expect(all).toContain(tight('Emergency services First-aid team on scene, ambulance called'));
  });

  it("draws an incident's M/ETHANE report in the reader's words, leaving out the fields not filled in", async () => {
    const shared = SENSITIVE_REPORT_TEXT.fr;
    const sparse = LiveState.parse({
      ...live,
      entries: [
        ...live.entries,
        entry(4, {
          kind: 'incident',
          gate: null,
          byName: 'Police municipale',
          text: 'Suspicious bag left by the stage',
          methane: {
            major: true,
            exactLocation: 'Stage left',
            type: '',
            hazards: '',
            access: '',
            casualties: '',
            services: '',
          },
        }),
      ],
    });
    const { tight: all } = await render('fr', { live: sparse });
    expect(all).toContain(
      tight(`M/ETHANE ${shared.methane.major} ${shared.no} ${shared.methane.exactLocation} Podium front`),
    );
    expect(all).toContain(tight(`${shared.methane.casualties} One, conscious`));
    expect(all).toContain(
      tight(
        `Suspicious bag left by the stage M/ETHANE ${shared.methane.major} ${shared.yes} ${shared.methane.exactLocation} Stage left`,
      ),
    );
    // Only the first incident says what type it is: the second's empty fields draw no row.
    expect(all.split(tight(shared.methane.type))).toHaveLength(2);
  });

  it('says so where the plan is empty, and flows a long register onto new pages with the stamp on each', async () => {
    const empty = EventRecord.parse({
      ...recordInput,
      plan: {},
      calculations: calculateEvent(EventPlan.parse({}), GREEN_GUIDE, GREEN_GUIDE_SOURCES),
      reviews: [],
      conditions: [],
    });
    const text = EVENT_REPORT_TEXT.it;
    const { tight: all } = await render('it', {
      event: empty,
      simulations: { allExits: null, largestClosed: null },
    });
    for (const expected of [
      text.notWritten,
      text.noRisks,
      text.noDimIce,
      text.noRamp,
      text.noFeatures,
      text.noTriggers,
      text.noAlerts,
      text.noReviews,
      text.noConditions,
    ])
      expect(all, expected).toContain(tight(expected));
    expect(all).toContain(tight(text.warningCodes['no-audience-zone']));

    const many = EventRecord.parse({
      ...recordInput,
      plan: {
        ...planInput,
        risks: Array.from({ length: 120 }, (_, k) => ({
          id: `r${k}`,
          hazard: `Hazard number ${k + 1}`,
          likelihood: 2,
          impact: 3,
          controls: 'Stewards',
          owner: 'Safety officer',
        })),
      },
    });
    const long = await render('es', { event: many });
    expect(long.pages.length).toBeGreaterThanOrEqual(6);
    const lines = long.words.split('\n');
    for (let k = 1; k <= 120; k++) expect(lines.filter((l) => l === `Hazard number ${k}`)).toHaveLength(1);
    for (const page of long.pages) expect(page.split('\n')).toContain(SENSITIVE_REPORT_TEXT.es.confidential);
    // Every page the register reaches starts it with its header again.
    for (const page of long.pages.filter((p) => p.includes('Hazard number')))
      expect(page.split('\n')).toContain(EVENT_REPORT_TEXT.es.riskColumns.hazard);
  });
});

describe('the plan’s words', () => {
  it('has every key of English, filled, in every language, and the other languages are translated', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v !== null && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    const values = (o: object): string[] =>
      Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    const en = keys(EVENT_REPORT_TEXT.en).sort();
    for (const locale of LOCALES) {
      expect(keys(EVENT_REPORT_TEXT[locale]).sort(), locale).toEqual(en);
      for (const v of values(EVENT_REPORT_TEXT[locale])) expect(v.trim(), locale).not.toBe('');
    }
    for (const locale of ['fr', 'es', 'it'] as const) {
      const headings = [
        'documentControl',
        'risks',
        'calculations',
        'simulation',
        'signOff',
        'emergency',
        'medical',
        'weather',
      ] as const;
      const same = headings.filter((h) => EVENT_REPORT_TEXT[locale][h] === EVENT_REPORT_TEXT.en[h]);
      expect(same, locale).toEqual([]);
      const figures = Object.entries(EVENT_REPORT_TEXT[locale].figures).filter(
        ([k, v]) => v === EVENT_REPORT_TEXT.en.figures[k as keyof typeof EVENT_REPORT_TEXT.en.figures],
      );
      expect(figures, locale).toEqual([]);
    }
  });
});
