import { readFileSync } from 'node:fs';
import { DEFAULT_CATALOGUE } from '@pactesur/barriers';
import {
  CreateEvent,
  EventPlan,
  EventRecord,
  PLAN_SECTIONS,
  type MultiPolygon,
  type PlanFeature,
} from '@pactesur/contracts';
import { calculateEvent, eventMartyn, GREEN_GUIDE, GREEN_GUIDE_SOURCES } from '@pactesur/events';
import {
  createLocalProjection,
  distance,
  lngLat,
  polygonContains,
  ringContains,
  xy,
  type PolygonXY,
  type XY,
} from '@pactesur/geo';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfWords } from '../../test/pdf-words.ts';
import { importExtractBytes } from '../jobs/kinds/import-extract.ts';
import { eventPlanPdf } from '../modules/events/event-report.ts';
import { repositoryPath } from '../runtime/repository-path.ts';
import { DEMO_ANALYSES } from './demo-analyses.ts';
import {
  DEMO_EVENT,
  DEMO_EXPECTED_PEAK,
  DEMO_GATE_M,
  DEMO_STAGE_CLEARANCE_M,
  DEMO_STAGE_EXIT_CLEARANCE_M,
  demoEventPlan,
} from './demo-event.ts';

const ASSESSMENT = '11111111-1111-4111-8111-111111111111';

/** Marienplatz as the demo registers it: the outline of the square the real extract suggests. */
let outline: MultiPolygon;
let plan: EventPlan;
beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(repositoryPath('data', 'osm', 'munich-marienplatz.osm')));
  const imported = await importExtractBytes(bytes, 'munich-marienplatz.osm');
  const square = imported.candidates.find((c) => c.name === 'Marienplatz');
  if (!square) throw new Error('the extract suggests no Marienplatz');
  outline = square.outline;
  plan = EventPlan.parse(demoEventPlan(outline));
});

/** The square in a metric plane of the test's own, around its first point. */
function plane() {
  const first = outline.coordinates[0]?.[0]?.[0] ?? [0, 0];
  const projection = createLocalProjection(lngLat(first[0], first[1]));
  const toXY = (p: readonly number[]): XY => projection.toXY(lngLat(p[0] ?? 0, p[1] ?? 0));
  const rings = (outline.coordinates[0] ?? []).map((r) => r.slice(0, -1).map(toXY));
  const area: PolygonXY = { outer: rings[0] ?? [], holes: rings.slice(1) };
  return { toXY, area };
}

const of = <T extends PlanFeature['type']>(type: T) =>
  plan.features.filter((f): f is Extract<PlanFeature, { type: T }> => f.type === type);

/** Easter Sunday of a year (the anonymous Gregorian algorithm), as `[month, day]`. */
function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return [Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1];
}

describe('the demo Carnival plan on Marienplatz', () => {
  it('is Shrove Tuesday 2027, 10:00 to 17:00 in München, due four weeks before, and the contract accepts it', () => {
    const [month, day] = easter(2027);
    const shroveTuesday = new Date(Date.UTC(2027, month - 1, day) - 47 * 86_400_000);
    expect(shroveTuesday.toISOString().slice(0, 10)).toBe('2027-02-09');
    const berlin = (iso: string) =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Europe/Berlin',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(iso));
    expect(berlin(DEMO_EVENT.startsAt)).toBe('2027-02-09, 10:00');
    expect(berlin(DEMO_EVENT.endsAt)).toBe('2027-02-09, 17:00');
    expect(Date.parse(DEMO_EVENT.startsAt) - Date.parse(DEMO_EVENT.submitBy)).toBe(28 * 86_400_000);
    expect(DEMO_EVENT).toMatchObject({ name: 'Fasching — Tanz der Marktweiber 2027', kind: 'carnival' });
    const created = CreateEvent.parse({ ...DEMO_EVENT, siteId: ASSESSMENT, plan: demoEventPlan(outline) });
    expect(created.plan?.features).toHaveLength(plan.features.length);
    for (const key of PLAN_SECTIONS) expect((plan.sections[key] ?? '').length, key).toBeGreaterThan(150);
  });

  it('makes the square the one audience zone, its monuments kept out as holes', () => {
    const zones = of('zone');
    expect(zones).toHaveLength(1);
    expect(zones[0]).toMatchObject({ use: 'audience', name: 'Marienplatz' });
    expect(zones[0]?.polygon.coordinates).toEqual(outline.coordinates[0]);
    expect(zones[0]?.polygon.coordinates.length).toBeGreaterThan(1);
  });

  it('puts a 12 × 8 m stage against the Neues Rathaus, inside the square, clear of its holes and of every street', () => {
    const { toXY, area } = plane();
    const [stage, ...others] = of('structure');
    expect(others).toEqual([]);
    const ring = (stage?.polygon.coordinates[0] ?? []).map(toXY);
    expect(ring).toHaveLength(5);
    const sides = [0, 1, 2, 3].map((k) => distance(ring[k] as XY, ring[k + 1] as XY));
    expect(sides[0]).toBeCloseTo(12, 1);
    expect(sides[1]).toBeCloseTo(8, 1);
    expect(sides[2]).toBeCloseTo(12, 1);
    expect(sides[3]).toBeCloseTo(8, 1);
    // Every point of the stage, on a 25 cm grid, is on the square and on none of its monuments.
    const [a, b, , d] = ring as [XY, XY, XY, XY];
    const along = xy(b[0] - a[0], b[1] - a[1]);
    const across = xy(d[0] - a[0], d[1] - a[1]);
    const at = (s: number, t: number) =>
      xy(a[0] + along[0] * s + across[0] * t, a[1] + along[1] * s + across[1] * t);
    for (let s = 0; s <= 1; s += 0.25 / 12)
      for (let t = 0; t <= 1; t += 0.25 / 8) expect(polygonContains(area, at(s, t))).toBe(true);
    // No monument inside it, nor within the clearance around it.
    const stageRing = ring.slice(0, 4);
    for (const hole of area.holes) for (const p of hole) expect(ringContains(stageRing, p)).toBe(false);
    const centre = at(0.5, 0.5);
    const [long, short] = [Math.hypot(along[0], along[1]), Math.hypot(across[0], across[1])];
    const toStage = (p: XY) => {
      const s = ((p[0] - a[0]) * along[0] + (p[1] - a[1]) * along[1]) / long;
      const t = ((p[0] - a[0]) * across[0] + (p[1] - a[1]) * across[1]) / short;
      return Math.hypot(Math.max(0, -s, s - long), Math.max(0, -t, t - short));
    };
    for (const p of [area.outer, ...area.holes].flat())
      expect(toStage(p)).toBeGreaterThanOrEqual(DEMO_STAGE_CLEARANCE_M - 0.05);
    // Against the Rathaus: its back within a few metres of the line of the Rathaus's front (Weinstraße to Dienerstraße).
    const mid = (name: string) => {
      const e = DEMO_ANALYSES.crowd.exits.find((x) => x.id === name);
      if (!e) throw new Error(name);
      const [p, q] = [toXY(e.line[0]), toXY(e.line[1])];
      return xy((p[0] + q[0]) / 2, (p[1] + q[1]) / 2);
    };
    const [w, e] = [mid('Weinstraße'), mid('Dienerstraße')];
    const front = distance(w, e);
    const lineDistance = (p: XY) =>
      Math.abs((e[0] - w[0]) * (w[1] - p[1]) - (w[0] - p[0]) * (e[1] - w[1])) / front;
    expect(Math.min(...stageRing.map(lineDistance))).toBeLessThan(12);
    // … and nearer the middle of that front than either end of it.
    const u = ((centre[0] - w[0]) * (e[0] - w[0]) + (centre[1] - w[1]) * (e[1] - w[1])) / front;
    expect(u).toBeGreaterThan(front / 4);
    expect(u).toBeLessThan((3 * front) / 4);
    for (const exit of DEMO_ANALYSES.crowd.exits) {
      const m = mid(exit.id);
      expect(Math.min(...stageRing.map((p) => distance(p, m))), exit.id).toBeGreaterThan(
        DEMO_STAGE_EXIT_CLEARANCE_M,
      );
    }
  });

  it('puts a gate of DEMO_GATE_M in the middle of each street mouth of the demo crowd simulation, as wide as its line', () => {
    const { toXY } = plane();
    const exits = of('exit');
    expect(exits.map((e) => e.name)).toEqual(DEMO_ANALYSES.crowd.exits.map((e) => e.id));
    for (const [k, exit] of exits.entries()) {
      const mouth = DEMO_ANALYSES.crowd.exits[k]!.line.map((p) => toXY([...p]));
      const gate = exit.line.map((p) => toXY(p));
      expect(exit).toMatchObject({ kind: 'level', entry: true, widthM: DEMO_GATE_M });
      expect(Math.abs(distance(gate[0]!, gate[1]!) - DEMO_GATE_M)).toBeLessThan(0.05);
      // Centred in the mouth, on its line.
      const mid = (s: typeof gate) => [(s[0]![0] + s[1]![0]) / 2, (s[0]![1] + s[1]![1]) / 2] as const;
      expect(Math.hypot(mid(gate)[0] - mid(mouth)[0], mid(gate)[1] - mid(mouth)[1])).toBeLessThan(0.05);
      const off = (p: (typeof gate)[number]) =>
        Math.abs((mouth[1]![0] - mouth[0]![0]) * (p[1] - mouth[0]![1]) - (mouth[1]![1] - mouth[0]![1]) * (p[0] - mouth[0]![0])) / distance(mouth[0]!, mouth[1]!);
      for (const p of gate) expect(off(p)).toBeLessThan(0.05);
    }
    expect(new Set(plan.features.map((f) => f.id)).size).toBe(plan.features.length);
  });

  it('places its posts on the square, the rendezvous point outside, and closes Tal and Dienerstraße with a product of the catalogue', () => {
    const { toXY, area } = plane();
    const screening = of('screening');
    expect(screening.map((s) => s.lanes)).toEqual([8, 4]);
    const points = of('point');
    for (const kind of ['steward', 'medical', 'rendezvous', 'cctv'] as const)
      expect(
        points.some((p) => p.kind === kind),
        kind,
      ).toBe(true);
    for (const p of [...screening, ...points.filter((x) => x.kind !== 'rendezvous')])
      expect(polygonContains(area, toXY(p.at)), p.name).toBe(true);
    const rendezvous = points.find((p) => p.kind === 'rendezvous');
    expect(rendezvous && polygonContains(area, toXY(rendezvous.at))).toBe(false);
    expect(points.filter((p) => p.kind === 'steward')).toHaveLength(8);
    const barriers = of('vehicle-barrier');
    expect(barriers.map((b) => b.name)).toEqual(['Vehicle barrier Tal', 'Vehicle barrier Dienerstraße']);
    for (const b of barriers) {
      expect(DEFAULT_CATALOGUE.some((p) => p.id === b.productId)).toBe(true);
      for (const p of b.path) expect(polygonContains(area, toXY(p))).toBe(false);
    }
    // Every feature a worksheet, a risk or a trigger point names is on the plan.
    const ids = new Set(plan.features.map((f) => f.id));
    for (const named of [
      ...plan.dimIce.flatMap((c) => c.features),
      ...plan.ramp.flatMap((r) => r.features),
      ...plan.risks.flatMap((r) => r.features),
    ])
      expect(ids.has(named), named).toBe(true);
    expect(plan.dimIce).toHaveLength(9);
  });

  it('expects a peak near, and below, the safe capacity the server computes, with no warning', () => {
    const calc = calculateEvent(plan, GREEN_GUIDE, GREEN_GUIDE_SOURCES);
    const safe = calc.figures.find((f) => f.key === 'safeCapacity')?.value ?? 0;
    expect(plan.expectedPeak).toBe(DEMO_EXPECTED_PEAK);
    expect(plan.expectedPeak).toBeLessThan(safe);
    expect(plan.expectedPeak).toBeGreaterThanOrEqual(0.85 * safe);
    expect(calc.warnings).toEqual([]);
    expect(calc.routes).toEqual([expect.objectContaining({ id: 'route-kaufinger', level: 'C' })]);
    expect(plan.reducedFlows).toBe(true);
  });

  it('has the risks of the day, the density trigger point with its alert, and Martyn’s Law partly in place', () => {
    expect(plan.risks.map((r) => r.hazard)).toEqual(
      expect.arrayContaining(['Crowd crush at the stage front', 'Vehicle driven into the crowd through Tal']),
    );
    expect(plan.risks.every((r) => r.fromAssessment === null)).toBe(true);
    const marked = EventPlan.parse(demoEventPlan(outline, { assessmentId: ASSESSMENT })).risks.filter(
      (r) => r.fromAssessment !== null,
    );
    expect(marked).toEqual([
      expect.objectContaining({
        id: 'ramming-tal',
        fromAssessment: { assessmentId: ASSESSMENT, threat: 'vehicle-ramming' },
      }),
    ]);
    const density = plan.triggers.find((t) => t.metric === 'density');
    expect(density).toMatchObject({ threshold: 4, alert: { severity: 'Severe', urgency: 'Immediate' } });
    expect(density?.action).toMatch(/Pause the show.*Rindermarkt/);
    expect(density?.alert?.headline).toMatch(/Marienplatz/);
    const martyn = eventMartyn(plan);
    expect(martyn.tier).toBe('enhanced');
    expect(plan.martyn.length).toBeGreaterThan(0);
    expect(martyn.missing.length).toBeGreaterThan(0);
  });

  it('makes a whole Event Safety Management Plan', async () => {
    const calculations = calculateEvent(plan, GREEN_GUIDE, GREEN_GUIDE_SOURCES);
    const event = EventRecord.parse({
      id: ASSESSMENT,
      ownerOrgId: ASSESSMENT,
      ownerName: 'Landeshauptstadt München',
      siteId: ASSESSMENT,
      siteName: 'Marienplatz',
      ...DEMO_EVENT,
      status: 'draft',
      expectedPeak: plan.expectedPeak,
      previousId: null,
      updatedAt: '2026-12-01T09:00:00.000Z',
      access: 'owner',
      listed: true,
      revision: 1,
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
      createdAt: '2026-12-01T09:00:00.000Z',
      createdByName: 'München planner',
    });
    const words = pdfWords(
      await eventPlanPdf({
        event,
        live: null,
        simulations: { allExits: null, largestClosed: null },
        reader: { name: 'Reader', orgName: 'München' },
        at: new Date('2026-12-02T08:00:00Z'),
        locale: 'en',
      }),
    ).replace(/\s+/g, '');
    const safe = calculations.figures.find((f) => f.key === 'safeCapacity')?.value ?? 0;
    expect(words).toContain('StructureStageinfrontoftheNeuesRathaus');
    expect(words).toContain(`Safecapacity${safe.toLocaleString('en-GB')}people`);
    expect(words).toContain('ExitKaufingerstraße2.5mwide,level,entryandexit');
    expect(words).toContain(`Expectedpeak:${DEMO_EXPECTED_PEAK.toLocaleString('en-GB')}people`);
  });
});
