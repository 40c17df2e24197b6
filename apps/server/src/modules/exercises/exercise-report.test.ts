import {
  CorrectiveAction,
  Exercise,
  ExerciseResponse,
  Feedback,
  LOCALES,
  Observation,
  type Delivery,
  type ExerciseRole,
  type Locale,
} from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { pdfPageCount, pdfPages, pdfWords } from '../../../test/pdf-words.ts';
import { formatsIn } from '../../exports/pdf-layout.ts';
import { fill } from '../../exports/report-i18n.ts';
import { SENSITIVE_REPORT_TEXT } from '../../exports/sensitive-report-text.ts';
import { afterActionReport, type AfterActionInputs } from './after-action.ts';
import { exerciseReportPdf, scenarioClock, type ExerciseReportInput } from './exercise-report.ts';
import { EXERCISE_REPORT_TEXT } from './exercise-report-text.ts';
import type { DeliveryRow } from './exercise-run-repository.ts';

const ID = '10000000-0000-4000-8000-000000000001';
const NICE = '11111111-1111-4111-8111-111111111111';
const POLICE = '22222222-2222-4222-8222-222222222222';
const FIRE = '33333333-3333-4333-8333-333333333333';
const SAMU = '44444444-4444-4444-8444-444444444444';
const LIEGE = '55555555-5555-4555-8555-555555555555';
const uuid = (n: number) => `99999999-9999-4999-8999-${String(n).padStart(12, '0')}`;

/** A moment of the run, `s` seconds after 08:00 in Nice (07:00 UTC), as the server stores it. */
const wall = (s: number) => new Date(Date.UTC(2027, 2, 10, 7, 0, 0) + s * 1000).toISOString();

const objectives = [
  {
    id: 'o1',
    text: 'Within 5 minutes of the first call, the municipal police control room passes an M/ETHANE report to the fire brigade and the SAMU.',
    capabilities: ['c1', 'c2'],
  },
  {
    id: 'o2',
    text: 'Within 15 minutes, the agencies set up one joint command post and an agreed cordon of at least 100 m.',
    capabilities: ['c3'],
  },
];
const capabilities = [
  { id: 'c1', name: 'Situational assessment', description: '' },
  { id: 'c2', name: 'Operational communications', description: '' },
  { id: 'c3', name: 'Operational coordination', description: '' },
];
const tasks = [
  { id: 't1', capabilityId: 'c3', text: 'Police and fire agree on the cordon' },
  { id: 't2', capabilityId: 'c1', text: 'First M/ETHANE report within 5 minutes' },
];

const deliveryOf = (
  number: number,
  scenarioTimeS: number,
  at: string,
  over: Omit<Partial<Delivery>, 'injectId' | 'number' | 'scenarioTimeS' | 'deliveredAt'>,
): Delivery => ({
  injectId: `i${number}`,
  number,
  storyline: 'Attack and rescue',
  scenarioTimeS,
  deliveredAt: at,
  from: 'Exercise control',
  to: ['players'],
  method: 'in-app',
  message: '',
  cap: null,
  attachments: [],
  ...over,
});

const delivered = (
  number: number,
  scenarioTimeS: number,
  lateMs: number,
  reached: string[],
  over: Omit<Partial<Delivery>, 'injectId' | 'number' | 'scenarioTimeS' | 'deliveredAt'>,
): DeliveryRow => {
  const at = new Date(Date.parse(wall(scenarioTimeS)) + lateMs).toISOString();
  return {
    injectId: `i${number}`,
    lateMs,
    status: 'delivered',
    at,
    scenarioTimeS,
    reached,
    delivery: deliveryOf(number, scenarioTimeS, at, over),
  };
};

const deliveries: DeliveryRow[] = [
  delivered(1, 0, 400, [POLICE], {
    from: 'Caller, woman on the promenade',
    to: ['Police municipale'],
    method: 'phone',
    message: 'A lorry has driven into the crowd near the Negresco. People are lying on the road.',
  }),
  delivered(2, 120, 900, [FIRE, SAMU], {
    from: 'Police control room (simulated)',
    to: ['Fire brigade', 'SAMU'],
    method: 'radio',
    message: 'Many casualties on the promenade, all available units requested.',
  }),
  delivered(3, 600, 1_500, [POLICE, FIRE, SAMU], {
    storyline: 'Public information',
    from: 'Nice-Matin (simulated)',
    method: 'social',
    message: 'RUMOUR: shots fired at Place Masséna',
    attachments: ['photo-massena.jpg'],
  }),
  {
    injectId: 'i4',
    lateMs: null,
    status: 'skipped',
    at: wall(900),
    scenarioTimeS: 900,
    reached: [],
    delivery: null,
  },
];

const response = (n: number, over: Partial<z.input<typeof ExerciseResponse>>) =>
  ExerciseResponse.parse({
    id: uuid(100 + n),
    orgId: POLICE,
    orgName: 'Police municipale de Nice',
    byName: 'Karim Benali',
    at: wall(0),
    scenarioTimeS: 0,
    injectId: null,
    text: '',
    choice: null,
    methane: null,
    ...over,
  });

const responses = [
  response(1, {
    at: wall(150.4),
    scenarioTimeS: 150,
    injectId: 'i1',
    text: 'Patrols sent, promenade closed at Rue de Rivoli',
    methane: {
      major: true,
      exactLocation: 'Promenade des Anglais at the Negresco',
      type: 'Vehicle ramming, lorry stopped',
      hazards: 'Driver possibly armed',
      access: 'From Rue de Rivoli, north side',
      casualties: 'About 40, 12 serious',
      services: 'Police on scene; fire brigade and SAMU requested',
    },
  }),
  response(2, {
    orgId: FIRE,
    orgName: 'SDIS 06',
    byName: 'Lt. Bruno Caruso',
    at: wall(240),
    scenarioTimeS: 240,
    injectId: 'i2',
    text: 'Two engines and the rescue team on the way',
    methane: {
      major: false,
      exactLocation: 'Negresco',
      type: '',
      hazards: '',
      access: '',
      casualties: '',
      services: '',
    },
  }),
  response(3, {
    at: wall(660),
    scenarioTimeS: 660,
    injectId: 'i3',
    text: 'Rumour denied on the city’s account',
    choice: 'Deny publicly',
  }),
];

const observation = (n: number, over: Partial<z.input<typeof Observation>>) =>
  Observation.parse({
    id: uuid(200 + n),
    orgId: LIEGE,
    orgName: 'Ville de Liège',
    byName: 'Sophie Lambert',
    observedAt: wall(0),
    scenarioTimeS: 0,
    objectiveId: null,
    capabilityId: null,
    taskId: null,
    text: '',
    rating: null,
    at: null,
    photo: null,
    ...over,
  });

const observations = [
  observation(1, {
    observedAt: wall(180),
    scenarioTimeS: 180,
    objectiveId: 'o1',
    capabilityId: 'c1',
    taskId: 't2',
    text: 'First M/ETHANE report passed in two and a half minutes',
    rating: 'P',
  }),
  observation(2, {
    observedAt: wall(720),
    scenarioTimeS: 720,
    objectiveId: 'o2',
    capabilityId: 'c3',
    taskId: 't1',
    text: 'Cordon agreed by radio in 4 minutes',
    rating: 'P',
  }),
  observation(3, {
    observedAt: wall(900),
    scenarioTimeS: 900,
    objectiveId: 'o2',
    capabilityId: 'c3',
    text: 'SAMU not told of the cordon; ambulances stopped on the wrong side',
    rating: 'M',
  }),
  observation(4, {
    observedAt: wall(1_200),
    scenarioTimeS: 1_200,
    text: 'Press officer not reachable for ten minutes',
    rating: 'S',
  }),
];

const feedback = [
  Feedback.parse({
    id: uuid(301),
    orgId: NICE,
    orgName: 'Ville de Nice',
    byName: 'Claire Martin',
    at: wall(5_500),
    kind: 'hot-wash',
    wentWell: 'Injects arrived on time',
    toImprove: 'Tell every agency of the cordon',
    score: null,
  }),
  Feedback.parse({
    id: uuid(302),
    orgId: POLICE,
    orgName: 'Police municipale de Nice',
    byName: 'Karim Benali',
    at: wall(6_000),
    kind: 'participant',
    wentWell: 'Clear injects',
    toImprove: 'Radio channel shared with the fire brigade',
    score: 4,
  }),
  Feedback.parse({
    id: uuid(303),
    orgId: FIRE,
    orgName: 'SDIS 06',
    byName: 'Lt. Bruno Caruso',
    at: wall(6_100),
    kind: 'participant',
    wentWell: 'Realistic casualties',
    toImprove: '',
    score: 5,
  }),
];

const actions = [
  CorrectiveAction.parse({
    id: uuid(401),
    text: 'Joint radio channel for cordons',
    element: 'equipment',
    orgId: POLICE,
    orgName: 'Police municipale de Nice',
    capabilityId: 'c3',
    startsOn: '2027-04-01',
    dueOn: '2027-06-30',
    status: 'in-progress',
    updatedAt: wall(90_000),
    doneAt: null,
  }),
  CorrectiveAction.parse({
    id: uuid(402),
    text: 'Train the control room to pass M/ETHANE reports',
    element: 'training',
    orgId: FIRE,
    orgName: 'SDIS 06',
    status: 'done',
    practice: 'M/ETHANE pocket card',
    updatedAt: '2027-05-02T10:00:00.000Z',
    doneAt: '2027-05-02T10:00:00.000Z',
  }),
];

const participant = (
  n: number,
  orgId: string,
  orgName: string,
  role: ExerciseRole,
  agency: string,
  user?: string,
) => ({
  id: uuid(500 + n),
  orgId,
  orgName,
  orgSlug: orgName.toLowerCase().replace(/\W+/g, '-'),
  userId: user ? uuid(600 + n) : null,
  userName: user ?? null,
  role,
  agency,
});

const exerciseInput: z.input<typeof Exercise> = {
  id: ID,
  ownerOrgId: NICE,
  ownerName: 'Ville de Nice',
  name: 'Promenade — vehicle ramming',
  type: 'full-scale',
  status: 'ended',
  startsAt: '2027-03-10T07:00:00.000Z',
  endsAt: '2027-03-10T11:00:00.000Z',
  myRoles: ['controller'],
  updatedAt: wall(6_100),
  access: 'owner',
  revision: 9,
  design: {
    scope:
      'A lorry drives into the crowd leaving the fireworks on the promenade.\n\nThe exercise plays the first ninety minutes.',
    venues: ['Promenade des Anglais', 'Place Masséna'],
    objectives,
    capabilities,
    tasks,
    msel: [
      {
        id: 'i4',
        number: 4,
        scenarioTimeS: 900,
        synopsis: 'Second vehicle reported',
        from: 'Exercise control',
        to: ['players'],
        method: 'radio',
      },
    ],
  },
  objectives,
  capabilities,
  tasks,
  participants: [
    participant(1, POLICE, 'Police municipale de Nice', 'player', 'Police municipale'),
    participant(2, FIRE, 'SDIS 06', 'player', 'Fire brigade', 'Lt. Bruno Caruso'),
    participant(3, SAMU, 'SAMU 06', 'player', 'SAMU'),
    participant(4, LIEGE, 'Ville de Liège', 'evaluator', '', 'Sophie Lambert'),
  ],
  clock: { status: 'ended', scenarioTimeS: 5_400, speed: 1, at: wall(5_400) },
  createdAt: '2027-01-05T09:00:00.000Z',
  createdByName: 'Claire Martin',
};
const exercise = Exercise.parse(exerciseInput);

const inputs: AfterActionInputs = {
  exerciseId: ID,
  name: exercise.name,
  clock: exercise.clock,
  participants: exercise.participants,
  deliveries,
  responses,
  observations,
  feedback,
  actions,
};
const report = afterActionReport(inputs);

const reader = { name: 'Ana Reader', orgName: 'Métropole Nice Côte d’Azur' };
const at = new Date('2027-03-12T09:30:00Z');

/** Text without its whitespace: a table cell's or a paragraph's line breaks do not matter. */
const tight = (s: string) => s.replace(/\s+/g, '');

async function render(locale: Locale, over: Partial<ExerciseReportInput> = {}) {
  const pdf = await exerciseReportPdf({ exercise, report, reader, at, locale, ...over });
  const words = pdfWords(pdf);
  return { pdf, words, pages: pdfPages(pdf), flat: words.replace(/\s+/g, ' '), all: tight(words) };
}

describe('the after-action report in the reader’s language', () => {
  it.each(LOCALES)(
    '%s: the stamp and the reader on every page, the ratings, the plan, the timeline, the headings',
    async (locale) => {
      const text = EXERCISE_REPORT_TEXT[locale];
      const shared = SENSITIVE_REPORT_TEXT[locale];
      const f = formatsIn(locale);
      const { pdf, pages, all } = await render(locale);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages.length).toBe(pdfPageCount(pdf));
      const foot = tight(
        fill(shared.exportedBy, { name: reader.name, org: reader.orgName, date: f.dateTime(at) }),
      );
      for (const [k, page] of pages.entries()) {
        expect(
          page.split('\n').filter((l) => l === shared.confidential),
          `page ${k + 1}`,
        ).toHaveLength(1);
        expect(tight(page), `page ${k + 1}`).toContain(foot);
        expect(tight(page), `page ${k + 1}`).toContain(
          tight(fill(shared.page, { page: k + 1, pages: pages.length })),
        );
      }

      // The title and the outline.
      expect(all).toContain(tight(fill(text.title, { name: 'Promenade — vehicle ramming' })));
      expect(all).toContain(tight(fill(text.type, { type: text.types['full-scale'] })));
      expect(all).toContain(tight(`SDIS 06 Lt. Bruno Caruso ${text.roles.player} Fire brigade`));
      expect(all).toContain(tight(`SAMU 06 ${text.wholeAgency} ${text.roles.player} SAMU`));
      expect(all).toContain(tight(`Ville de Liège Sophie Lambert ${text.roles.evaluator}`));
      expect(all).toContain(tight(`2 ${objectives[1]!.text} Operational coordination`));
      expect(all).toContain(
        tight(`1 ${objectives[0]!.text} Situational assessment, Operational communications`),
      );

      // The run: 3 injects delivered, 0.9 s median and 1.5 s slowest latency.
      expect(all).toContain(tight(fill(text.injectsDelivered, { count: 3 })));
      expect(all).toContain(
        tight(
          fill(text.latency, {
            median: fill(text.durations.ms, { ms: 900 }),
            max: fill(text.durations.s, { s: f.number(1.5, 1) }),
          }),
        ),
      );

      // A rating row, with the meaning of the four letters.
      const objective2 = fill(text.objectiveRef, { number: 2 });
      expect(all).toContain(tight(`${objective2} Operational coordination 1 0 1 0 M`));
      expect(all).toContain(tight(`${text.noObjective} ${text.noCapability} 0 1 0 0 S`));
      for (const letter of ['P', 'S', 'M', 'U'] as const)
        expect(all).toContain(
          tight(fill(text.ratingLegend, { letter, meaning: text.ratingMeanings[letter] })),
        );

      // An area for improvement with its rating and what it is about.
      expect(all).toContain(
        tight(
          `00:15:00 M SAMU not told of the cordon; ambulances stopped on the wrong side ${objective2}; ${fill(text.capabilityRef, { name: 'Operational coordination' })}`,
        ),
      );

      // A corrective action with its element, organisation, dates and status; one done with its date.
      expect(all).toContain(
        tight(
          `Joint radio channel for cordons — ${fill(text.capabilityRef, { name: 'Operational coordination' })} ${text.elements.equipment} Police municipale de Nice ${f.day('2027-04-01')} ${f.day('2027-06-30')} ${text.actionStatuses['in-progress']}`,
        ),
      );
      expect(all).toContain(
        tight(
          `${fill(text.practice, { name: 'M/ETHANE pocket card' })} ${text.elements.training} SDIS 06 ${fill(text.doneOn, { date: f.day('2027-05-02') })}`,
        ),
      );

      // The timeline: a delivery with its scenario time, method, sender, recipients and message.
      expect(all).toContain(
        tight(`00:00:00 · ${fill(text.inject, { number: 1 })} (Attack and rescue) · ${text.methods.phone}`),
      );
      expect(all).toContain(
        tight(fill(text.fromTo, { from: 'Caller, woman on the promenade', to: 'Police municipale' })),
      );
      expect(all).toContain(
        tight('A lorry has driven into the crowd near the Negresco. People are lying on the road.'),
      );
      expect(all).toContain(
        tight(fill(text.reached, { agencies: 'Police municipale de Nice, SDIS 06, SAMU 06' })),
      );
      // A response with its M/ETHANE fields.
      expect(all).toContain(tight(`00:02:30 · ${text.response} · Karim Benali (Police municipale de Nice)`));
      expect(all).toContain(tight(fill(text.answers, { number: 1 })));
      expect(all).toContain(tight(`${shared.methane.major} ${shared.yes}`));
      expect(all).toContain(tight(`${shared.methane.exactLocation} Promenade des Anglais at the Negresco`));
      expect(all).toContain(tight(`${shared.methane.casualties} About 40, 12 serious`));
      expect(all).toContain(
        tight(`${shared.methane.major} ${shared.no} ${shared.methane.exactLocation} Negresco`),
      );
      // An observation with its rating.
      expect(all).toContain(tight(fill(text.ratedAs, { letter: 'M', meaning: text.ratingMeanings.M })));

      // The headings, in the order of the report.
      const headings = [
        text.outline,
        text.participants,
        text.objectives,
        text.run,
        text.ratings,
        text.strengths,
        text.improvements,
        text.metrics,
        text.feedback,
        text.hotWash,
        text.participantFeedback,
        text.plan,
        text.timeline,
      ].map(tight);
      for (const h of headings) expect(all, h).toContain(h);
      const order = headings.map((h) => all.indexOf(h));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    },
  );

  it('says each agency’s response and decision times, and the feedback with its average', async () => {
    const { all } = await render('en');
    // Police: 150 s to inject 1, 58.5 s to inject 3 (median 104.25 s); a major incident 150 s after its first inject.
    expect(all).toContain(tight('Police municipale de Nice 2 2 1 min 44 s 2 min 30 s 2 min 30 s'));
    expect(all).toContain(tight('SDIS 06 2 1 1 min 59 s 1 min 59 s not declared'));
    expect(all).toContain(tight('SAMU 06 2 0 no response no response not declared'));
    expect(all).toContain(tight('Average usefulness: 4.5 / 5 (2 answers)'));
    expect(all).toContain(
      tight('Claire Martin (Ville de Nice), 10 March 2027 at 08:31 UTC Injects arrived on time'),
    );
    expect(all).toContain(tight('Realistic casualties 5 / 5'));
    expect(all).toContain(tight('Status: ended'));
    expect(all).toContain(tight('Scenario time reached: 01:30:00'));
    expect(all).toContain(tight('00:10:00 · Inject 3 (Public information) · simulated social media post'));
    expect(all).toContain(tight('Attachments: photo-massena.jpg'));
    expect(all).toContain(tight('Choice: Deny publicly'));
    expect(all).toContain(tight('Venues: Promenade des Anglais; Place Masséna'));
    expect(all).toContain(tight('Operational coordination Police and fire agree on the cordon'));
    expect(all).toContain(tight('Operational communications no critical task'));
    // A skipped inject never reached anyone: it is not in the timeline.
    expect(all).not.toContain(tight('Inject 4'));
  });

  it('says everything in French, with no English word or internal id left', async () => {
    const { flat, all } = await render('fr');
    for (const expected of [
      "Rapport de retour d'expérience : Promenade — vehicle ramming",
      'Exporté par Ana Reader (Métropole Nice Côte d’Azur) le 12 mars 2027 à 09:30 UTC',
      "Type d'exercice : Exercice grandeur nature",
      'État : terminé',
      'Police municipale de Nice 2 2 1 min 44 s 2 min 30 s 2 min 30 s',
      'SAMU 06 2 0 aucune réponse aucune réponse non déclaré',
      'Utilité moyenne : 4,5 / 5 (2 réponses)',
      'Incident majeur déclaré oui',
      'Lieu exact Promenade des Anglais at the Negresco',
      'Stimulus 2 (Attack and rescue) · radio',
    ])
      expect(all, expected).toContain(tight(expected));
    expect(flat).toContain('CONFIDENTIEL');
    for (const english of [
      'After-action',
      'Exported by',
      'CONFIDENTIAL',
      'Strengths',
      'Improvement plan',
      'in-progress',
      'full-scale',
      'Major incident declared',
      'Objective 2',
      'Inject 1',
      'no response',
      'simulated social',
    ])
      expect(flat).not.toContain(english);
  });

  it('says so where there is nothing yet, and keeps the scope to the controllers', async () => {
    const planning = Exercise.parse({
      ...exerciseInput,
      status: 'planning',
      design: null,
      objectives: [],
      capabilities: [],
      tasks: [],
      participants: [],
      clock: { status: 'planning', scenarioTimeS: 0, speed: 1, at: wall(0) },
    });
    const empty = afterActionReport({
      ...inputs,
      clock: planning.clock,
      participants: [],
      deliveries: [],
      responses: [],
      observations: [],
      feedback: [],
      actions: [],
    });
    const text = EXERCISE_REPORT_TEXT.it;
    const { all } = await render('it', { exercise: planning, report: empty });
    for (const expected of [
      text.noParticipants,
      text.scopeForControllers,
      text.noObjectives,
      fill(text.status, { status: text.statuses.planning }),
      fill(text.latency, { median: text.notMeasured, max: text.notMeasured }),
      text.noRatings,
      text.noStrengths,
      text.noImprovements,
      text.noAgencies,
      text.noHotWash,
      text.noParticipantFeedback,
      text.noActions,
      text.noTimeline,
    ])
      expect(all, expected).toContain(tight(expected));
    expect(all).not.toContain(tight(text.tasks));
  });

  it('flows a long timeline onto new pages, each with the stamp and the reader', async () => {
    const many: DeliveryRow[] = Array.from({ length: 150 }, (_, k) =>
      delivered(k + 1, 60 * k, 200, [POLICE], {
        to: ['Police municipale'],
        message: `Caller number ${k + 1} reports people running from the promenade`,
      }),
    );
    const long = afterActionReport({ ...inputs, deliveries: many, responses: [], observations: [] });
    const { pages, words } = await render('es', { report: long });
    const short = await render('es');
    expect(pages.length).toBeGreaterThanOrEqual(short.pages.length + 4);
    const lines = words.split('\n');
    for (let k = 1; k <= 150; k++)
      expect(
        lines.filter((l) => l === `Caller number ${k} reports people running from the promenade`),
      ).toHaveLength(1);
    const shared = SENSITIVE_REPORT_TEXT.es;
    const foot = tight(
      fill(shared.exportedBy, { name: reader.name, org: reader.orgName, date: formatsIn('es').dateTime(at) }),
    );
    for (const page of pages) {
      expect(page.split('\n')).toContain(shared.confidential);
      expect(tight(page)).toContain(foot);
    }
    // The timeline runs to the last page: its last moment, 149 scenario minutes in, is there.
    expect(pages.at(-1)).toContain('Caller number 150 reports people running from the promenade');
    expect(tight(pages.at(-1) ?? '')).toContain(
      tight(`02:29:00 · ${fill(EXERCISE_REPORT_TEXT.es.inject, { number: 150 })}`),
    );
    // The pages the timeline reaches carry it in order.
    const firstOn = pages
      .map((p) => /Caller number (\d+) /.exec(p)?.[1])
      .filter((n) => n !== undefined)
      .map(Number);
    expect(firstOn.length).toBeGreaterThanOrEqual(4);
    expect(firstOn).toEqual([...firstOn].sort((a, b) => a - b));
  });
});

describe('the scenario clock', () => {
  it('writes hours, minutes and seconds since the start, past a day too', () => {
    expect(scenarioClock(0)).toBe('00:00:00');
    expect(scenarioClock(149.6)).toBe('00:02:29');
    expect(scenarioClock(3_600 + 61)).toBe('01:01:01');
    expect(scenarioClock(2 * 86_400 + 5)).toBe('48:00:05');
    expect(scenarioClock(-3)).toBe('00:00:00');
  });
});

describe('the after-action report’s words', () => {
  it('has every key of English, filled, in every language, and the other languages are translated', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v !== null && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    const values = (o: object): string[] =>
      Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    const en = EXERCISE_REPORT_TEXT.en;
    for (const locale of LOCALES) {
      const words = EXERCISE_REPORT_TEXT[locale];
      expect(keys(words).sort(), locale).toEqual(keys(en).sort());
      for (const v of values(words)) expect(v.trim(), locale).not.toBe('');
      // Every template fills the same placeholders as the English one.
      const at = (o: object, path: string) =>
        path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o) as string;
      for (const path of keys(en))
        expect(placeholders(at(words, path)), `${locale} ${path}`).toEqual(placeholders(at(en, path)));
    }
    const headings = [
      'outline',
      'run',
      'ratings',
      'strengths',
      'improvements',
      'metrics',
      'feedback',
      'hotWash',
      'plan',
      'timeline',
    ] as const;
    for (const locale of ['fr', 'es', 'it'] as const) {
      const same = headings.filter((h) => EXERCISE_REPORT_TEXT[locale][h] === en[h]);
      expect(same, locale).toEqual([]);
      const roles = Object.entries(EXERCISE_REPORT_TEXT[locale].roles).filter(
        ([k, v]) => v === en.roles[k as keyof typeof en.roles],
      );
      expect(roles, locale).toEqual([]);
    }
  });
});
