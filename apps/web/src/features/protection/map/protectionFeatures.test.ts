import type { PlanMeasure, Polygon } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { styleErrors } from '../../../map/test-support/styleErrors.ts';
import {
  measureBounds,
  measureCategory,
  measureLineFeatures,
  measureTotals,
  planBounds,
  unstoppedFeatures,
} from './protectionFeatures.ts';
import { MEASURE_LINE_LAYER, protectionOverlays, stationsOverlays } from './protectionOverlay.ts';

/** Place du Palais, Monaco-Ville, roughly. */
const zone: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [7.4195, 43.7308],
      [7.4212, 43.7308],
      [7.4212, 43.7318],
      [7.4195, 43.7318],
      [7.4195, 43.7308],
    ],
  ],
};

const measure = (over: Partial<PlanMeasure> = {}): PlanMeasure => ({
  product: 'bollard-fixed-n3c-48',
  name: 'Fixed rated bollard, 7.2 t at 48 km/h',
  rating: 'IWA 14-1:2013 V/7200[N3C]/48/90:0.0',
  at: [7.4193, 43.7312],
  line: [
    [7.4193, 43.73115],
    [7.4193, 43.73125],
  ],
  widthM: 6.2,
  units: 5,
  costEur: 32_500,
  maintenancePerYearEur: 0,
  openable: false,
  permeable: true,
  accessibleGap: false,
  kind: 'edge',
  locked: false,
  ...over,
});

describe('measureCategory', () => {
  it('tells fixed rated products, those that open and speed-reduction layouts apart', () => {
    expect(measureCategory(measure())).toBe('fixed');
    expect(measureCategory(measure({ product: 'bollard-automatic-n3c-48', openable: true }))).toBe(
      'openable',
    );
    expect(measureCategory(measure({ product: 'chicane-30', rating: null, openable: true }))).toBe('layout');
    expect(measureCategory(measure({ product: 'narrowed-gate-20+planter-m1-48' }))).toBe('layout');
  });
});

describe('measureLineFeatures', () => {
  it('draws one line per measure, the selected one last, locked ones flagged (pending locks too)', () => {
    const measures = [measure(), measure({ locked: true }), measure({ openable: true })];
    const fc = measureLineFeatures(measures, 0, new Set([2]));
    expect(fc.features.map((f) => f.properties.index)).toEqual([1, 2, 0]);
    expect(fc.features.map((f) => [f.properties.locked, f.properties.selected])).toEqual([
      [true, false],
      [true, false],
      [false, true],
    ]);
    expect(fc.features[0]?.geometry.coordinates).toEqual([
      [7.4193, 43.73115],
      [7.4193, 43.73125],
    ]);
  });
});

describe('unstoppedFeatures', () => {
  it('puts the fastest approach on top', () => {
    const fc = unstoppedFeatures({
      unstopped: [
        { class: 'car', at: [7.42, 43.73], speedKmh: 52 },
        { class: 'van', at: [7.421, 43.731], speedKmh: 20 },
      ],
    });
    expect(fc.features.map((f) => f.properties.speedKmh)).toEqual([20, 52]);
  });
});

describe('bounds and totals', () => {
  it('frames the zone with the lines outside it, and one line on its own', () => {
    expect(planBounds(zone, [measure()])).toEqual([7.4193, 43.7308, 7.4212, 43.7318]);
    expect(measureBounds(measure())).toEqual([7.4193, 43.73115, 7.4193, 43.73125]);
  });

  it('adds up cost, upkeep, units and width', () => {
    const totals = measureTotals([
      measure(),
      measure({ costEur: 60_000, maintenancePerYearEur: 4000, units: 2 }),
    ]);
    expect(totals).toEqual({ costEur: 92_500, maintenancePerYearEur: 4000, units: 7, widthM: 12.4 });
  });
});

describe('protectionOverlays', () => {
  const overlays = protectionOverlays({
    zone,
    measures: [measure(), measure({ locked: true })],
    selected: 1,
    pendingLocks: new Set(),
    verification: { unstopped: [{ class: 'car', at: [7.42, 43.73], speedKmh: 30 }] },
    stations: [{ name: 'Caserne', at: [7.418, 43.733] }],
    forbidden: [[7.4205, 43.7313]],
  });

  it('keeps every overlay, in drawing order, the lines pickable by their layer', () => {
    expect(overlays.map((o) => o.id)).toEqual([
      'threat-zone',
      'protect-stations',
      'protect-lines',
      'protect-forbidden',
      'protect-unstopped',
    ]);
    const lines = overlays.find((o) => o.id === 'protect-lines');
    expect(lines?.layers.map((l) => l.id)).toContain(MEASURE_LINE_LAYER);
  });

  it('is a valid MapLibre style', () => {
    for (const overlay of overlays) expect(styleErrors(overlay), overlay.id).toEqual([]);
  });

  it('shows only the zone and the stations on the map of a new plan', () => {
    expect(stationsOverlays(null, []).map((o) => o.id)).toEqual(['threat-zone', 'protect-stations']);
  });
});
