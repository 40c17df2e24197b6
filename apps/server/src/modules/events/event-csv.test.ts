import { EventPlan, EventRecord, LOCALES, type EventPlanInput, type LngLat } from '@pactesur/contracts';
import { calculateEvent, GREEN_GUIDE, GREEN_GUIDE_SOURCES } from '@pactesur/events';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { eventCalculationsCsv } from './event-csv.ts';
import { EVENT_REPORT_TEXT } from './event-report-text.ts';

const ID = '11111111-1111-4111-8111-111111111111';

/** A square of `m` metres whose south-west corner is at Turin's Piazza Castello, closed. */
function square(m: number): LngLat[] {
  const [lon, lat] = [7.6858, 45.0711];
  const dLon = m / (111_320 * Math.cos((lat * Math.PI) / 180));
  const dLat = m / 111_100;
  return [
    [lon, lat],
    [lon + dLon, lat],
    [lon + dLon, lat + dLat],
    [lon, lat + dLat],
    [lon, lat],
  ];
}

/** An event whose plan is given, its calculations those of the default profile. */
function eventWith(planInput: EventPlanInput): EventRecord {
  const plan = EventPlan.parse(planInput);
  const input: z.input<typeof EventRecord> = {
    id: ID,
    ownerOrgId: ID,
    ownerName: 'Comune di Torino',
    siteId: ID,
    siteName: 'Piazza Castello',
    name: 'Giro d’Italia — arrivo di tappa',
    kind: 'sport',
    status: 'draft',
    startsAt: '2027-05-20T12:00:00.000Z',
    endsAt: '2027-05-20T17:00:00.000Z',
    submitBy: null,
    expectedPeak: plan.expectedPeak,
    previousId: null,
    updatedAt: '2027-03-01T00:00:00.000Z',
    access: 'owner',
    listed: true,
    revision: 3,
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
    calculations: calculateEvent(plan, GREEN_GUIDE, GREEN_GUIDE_SOURCES),
    simulations: {
      allExits: null,
      largestClosed: null,
      closedExitId: null,
      startedAt: null,
      people: null,
      handMinutes: { allExits: null, largestClosed: null },
    },
    reviews: [],
    conditions: [],
    debrief: '',
    createdAt: '2027-03-01T00:00:00.000Z',
    createdByName: 'Giulia Bianchi',
  };
  return EventRecord.parse(input);
}

/** The CSV's cells, row by row (RFC 4180: quoted fields, doubled quotes, CR LF between rows). */
function cells(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const plan: EventPlanInput = {
  features: [
    {
      id: 'piazza',
      type: 'zone',
      name: 'Piazza Castello',
      polygon: { type: 'Polygon', coordinates: [square(60)] },
    },
    {
      id: 'podium',
      type: 'structure',
      name: 'Podio',
      polygon: { type: 'Polygon', coordinates: [square(10)] },
    },
    {
      id: 'via-po',
      type: 'exit',
      name: 'Via Po',
      line: [
        [7.6866, 45.0711],
        [7.6867, 45.0711],
      ],
      widthM: 10,
      kind: 'level',
    },
    {
      id: 'narrow',
      type: 'exit',
      name: '=HYPERLINK("http://evil.example","click")',
      line: [
        [7.6858, 45.0713],
        [7.6858, 45.0714],
      ],
      widthM: 0.8,
      kind: 'stairs',
    },
    {
      id: 'route',
      type: 'route',
      name: '+Via Garibaldi, "the finish straight"',
      path: [
        [7.685, 45.0712],
        [7.683, 45.0713],
      ],
      widthM: 8,
      flowPerMin: 700,
    },
  ],
  expectedPeak: 4_000,
};

describe('the calculations as CSV', () => {
  it('gives a header, every figure with its value, unit, formula and source, the routes with their level, then the warnings', () => {
    const event = eventWith(plan);
    const csv = eventCalculationsCsv(event, 'en');
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = cells(csv);
    expect(rows[0]).toEqual(['Kind', 'Item', 'Value', 'Unit', 'Formula', 'Source', 'Remark']);
    const figures = rows.filter((r) => r[0] === 'Figure');
    expect(figures.map((r) => r[1])).toEqual(
      event.calculations.figures.map(
        (f) => EVENT_REPORT_TEXT.en.figures[f.key as keyof typeof EVENT_REPORT_TEXT.en.figures],
      ),
    );
    const holding = event.calculations.figures.find((f) => f.key === 'holdingCapacity');
    expect(holding?.value).toBeGreaterThan(0);
    expect(rows).toContainEqual([
      'Figure',
      'Holding capacity',
      String(holding?.value),
      'people',
      holding?.formula,
      holding?.source,
      '',
    ]);
    // A figure without a value leaves the cell empty and says why.
    expect(rows).toContainEqual(
      expect.arrayContaining([
        'Figure',
        'Ingress time at the expected peak',
        '',
        'min',
        'no screening point',
      ]),
    );
    expect(rows.find((r) => r[1] === 'Ingress time at the expected peak')?.[6]).toBe('not computed');
    // 700 people a minute on 8 m: 87.5 /m/min, level F.
    const route = rows.find((r) => r[0] === 'Route');
    expect(route?.slice(2, 4)).toEqual(['87.5', 'people/m/min']);
    expect(route?.[6]).toBe('F: unavoidable contact, no counter-flow');
    // Then the warnings, each in the reader's words with the feature it is about.
    const warnings = rows.filter((r) => r[0] === 'Warning');
    expect(warnings.map((r) => r[6])).toEqual(
      expect.arrayContaining([
        'Exit =HYPERLINK("http://evil.example","click") is narrower than the minimum width.',
        'The expected peak is above the safe capacity.',
      ]),
    );
    expect(rows.map((r) => r[0])).toEqual([
      'Kind',
      ...figures.map(() => 'Figure'),
      'Route',
      ...warnings.map(() => 'Warning'),
    ]);
    for (const r of rows) expect(r).toHaveLength(7);
  });

  it('never lets a spreadsheet run a name as a formula', () => {
    const csv = eventCalculationsCsv(eventWith(plan), 'en');
    // The hostile exit name starts its cell only with the guard's quote, its quotes doubled inside one quoted field.
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"",""click"")",`);
    expect(csv).toContain(`Route,"'+Via Garibaldi, ""the finish straight""",`);
    const rows = cells(csv);
    const dangerous = rows.flat().filter((c) => /^[=+\-@]/.test(c));
    expect(dangerous).toEqual([]);
    expect(rows.find((r) => r[0] === 'Warning' && (r[1] ?? '').includes('HYPERLINK'))?.[1]).toBe(
      `'=HYPERLINK("http://evil.example","click")`,
    );
  });

  it('speaks the reader’s language, one row per figure in every language', () => {
    const event = eventWith(plan);
    for (const locale of LOCALES) {
      const text = EVENT_REPORT_TEXT[locale];
      const rows = cells(eventCalculationsCsv(event, locale));
      expect(rows[0]).toEqual(Object.values(text.csvColumns));
      expect(rows.filter((r) => r[0] === text.csvKinds.figure)).toHaveLength(
        event.calculations.figures.length,
      );
      expect(rows.flat()).toContain(text.figures.safeCapacity);
      expect(rows.flat()).toContain(text.warningCodes['peak-above-safe-capacity']);
    }
    const fr = cells(eventCalculationsCsv(event, 'fr'));
    expect(fr.find((r) => r[1] === "Capacité d'accueil")?.[3]).toBe('personnes');
  });

  it('of an empty plan: the figures with no value where nothing can be computed, and what is missing', () => {
    const rows = cells(eventCalculationsCsv(eventWith({}), 'it'));
    expect(rows[0]).toEqual(Object.values(EVENT_REPORT_TEXT.it.csvColumns));
    expect(rows.filter((r) => r[0] === 'Percorso')).toEqual([]);
    expect(rows.find((r) => r[1] === EVENT_REPORT_TEXT.it.figures.egressMinutes)?.slice(2, 4)).toEqual([
      '',
      'min',
    ]);
    expect(rows.filter((r) => r[0] === 'Avvertenza').map((r) => r[6])).toEqual([
      EVENT_REPORT_TEXT.it.warningCodes['no-audience-zone'],
      EVENT_REPORT_TEXT.it.warningCodes['no-exit'],
    ]);
  });
});
