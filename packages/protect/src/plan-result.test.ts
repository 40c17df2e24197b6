import { PlanResult } from '@pactesur/contracts';
import { lngLat } from '@pactesur/geo';
import { describe, expect, it } from 'vitest';
import type { Plan } from './plan.ts';
import { planResultOf } from './plan-result.ts';

const plan: Plan = {
  feasible: true,
  totalCostEur: 54_500,
  maintenancePerYearEur: 3000,
  measures: [
    {
      product: 'bollard-automatic-n3c-48',
      name: 'Automatic rated bollard, 7.2 t at 48 km/h',
      rating: 'V/7200[N3C]/48/90:0.0',
      at: lngLat(7.421398658514309, 43.73068721083323),
      line: [lngLat(7.421379369386349, 43.73064681198435), lngLat(7.421417947642268, 43.73072760968211)],
      widthM: 6.04,
      units: 1,
      costEur: 35_000,
      maintenancePerYearEur: 3000,
      openable: true,
      permeable: true,
      accessibleGap: false,
      kind: 'gap',
      locked: true,
    },
    {
      product: 'bollard-fixed-n3c-48',
      name: 'Fixed rated bollard, 7.2 t at 48 km/h',
      rating: 'V/7200[N3C]/48/90:0.0',
      at: lngLat(7.4213, 43.7311),
      line: [lngLat(7.42133, 43.7311), lngLat(7.42127, 43.7311)],
      widthM: 2.5,
      units: 3,
      costEur: 19_500,
      maintenancePerYearEur: 0,
      openable: false,
      permeable: true,
      accessibleGap: true,
      kind: 'edge',
      locked: false,
    },
  ],
  verification: {
    passed: true,
    unstoppedApproaches: 0,
    unstopped: [],
    emergencyRoutesOpen: true,
    stationsChecked: 1,
    pedestrianLinesPermeable: true,
    stationsWithoutRoute: [],
    residualKJ: 0,
  },
  classes: ['car'],
  unreached: [],
  optimal: true,
  gap: 0,
  solveS: 1.23456,
  size: { lines: 190, states: 14_267, arcs: 45_396 },
  exposure: { beforeKJ: 1234.5678, afterKJ: 0 },
  stations: [{ name: 'Sapeurs-pompiers', at: lngLat(7.4251234567, 43.7312345678) }],
};

describe('the stored form of a plan', () => {
  it('keeps every field of the contract, rounded', () => {
    const r = PlanResult.parse(planResultOf(plan, null));
    if (!r.feasible) throw new Error('feasible expected');
    expect(r.measures[0]).toMatchObject({ at: [7.4213987, 43.7306872], widthM: 6, kind: 'gap', locked: true, accessibleGap: false });
    expect(r.measures[1]).toMatchObject({ kind: 'edge', locked: false, accessibleGap: true });
    expect(r.exposure).toEqual({ beforeKJ: 1234.6, afterKJ: 0 });
    expect(r.stations).toEqual([{ name: 'Sapeurs-pompiers', at: [7.4251235, 43.7312346] }]);
    expect(r.solveS).toBe(1.23);
    expect(r.verification).toEqual({ passed: true, unstoppedApproaches: 0, unstopped: [], emergencyRoutesOpen: true, stationsChecked: 1, pedestrianLinesPermeable: true });
  });

  it('refuses a plan above the budget, naming both sums', () => {
    expect(planResultOf(plan, 50_000)).toEqual({ feasible: false, reason: 'over budget: 54500€ > 50000€', constraint: 'budget', classes: ['car'] });
    expect(planResultOf(plan, 54_500).feasible).toBe(true);
  });

  it('records where the stations came from, so that "none found in the map data" is told apart from "none given"', () => {
    const none = { ...plan, stations: [], verification: { ...plan.verification, stationsChecked: 0 } };
    const searched = PlanResult.parse(planResultOf(none, null, { osmAsked: true, osmFound: 0, given: 0 }));
    expect(searched.feasible && searched.stationSearch).toEqual({ osmAsked: true, osmFound: 0, given: 0 });
    const placed = PlanResult.parse(planResultOf(plan, null, { osmAsked: false, osmFound: 0, given: 1 }));
    expect(placed.feasible && placed.stationSearch).toEqual({ osmAsked: false, osmFound: 0, given: 1 });
  });

  it('keeps the class no product stops and where its way runs, rounded', () => {
    const heavy: Plan = {
      feasible: false,
      reason: 'no allowed barrier stops artic-40t on one of its approaches (its way crosses 2 places where a barrier could go)',
      constraint: 'class',
      classes: ['car', 'artic-40t'],
      classId: 'artic-40t',
      where: [lngLat(7.4213987654, 43.7306872109), lngLat(7.4215, 43.7309)],
    };
    expect(PlanResult.parse(planResultOf(heavy, null))).toMatchObject({ classId: 'artic-40t', where: [[7.4213988, 43.7306872], [7.4215, 43.7309]] });
  });

  it('passes an infeasible plan on as it is', () => {
    const none: Plan = { feasible: false, reason: 'emergency route X cannot stay open', constraint: 'emergency', classes: ['car'] };
    expect(planResultOf(none, 1000)).toEqual({ feasible: false, reason: 'emergency route X cannot stay open', constraint: 'emergency', classes: ['car'] });
  });
});
