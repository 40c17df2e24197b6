import type { PlanResult } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { billOfQuantities, planCsv, planGeoJson } from './protection-export.ts';
import { measureColour, pdfText, planReportPdf } from './protection-report.ts';
import { planMeasure, readyPlan } from '../../test/plan-fixtures.ts';

const measures = [
  planMeasure({}),
  planMeasure({ product: 'narrowed-gate-20', name: 'Narrowed gate, "20" km/h', rating: null, widthM: 8, units: 1, costEur: 15_000, openable: true }),
  planMeasure({ widthM: 6, units: 5, costEur: 32_500, at: [7.4212, 43.7312], line: [[7.42125, 43.7312], [7.42115, 43.7312]] }),
  planMeasure({ product: '=cmd', name: '=HYPERLINK("x")', units: 1, widthM: 1.2, costEur: 1000, maintenancePerYearEur: 250, openable: true, locked: true, kind: 'gap' }),
];
const result: PlanResult = {
  feasible: true,
  totalCostEur: 68_000,
  maintenancePerYearEur: 250,
  measures,
  verification: { passed: true, unstoppedApproaches: 0, unstopped: [], emergencyRoutesOpen: true, stationsChecked: 0, pedestrianLinesPermeable: true },
  classes: ['car'],
  unreached: [],
  optimal: true,
  gap: 0,
  solveS: 1.2,
  size: { lines: 10, states: 100, arcs: 300 },
  exposure: { beforeKJ: 900, afterKJ: 0 },
  stations: [],
};
const plan = readyPlan();

describe('the exports of a plan', () => {
  it('groups the bill of quantities by product', () => {
    expect(billOfQuantities(measures).map((q) => [q.product, q.lines, q.units, q.widthM, q.installEur])).toEqual([
      ['bollard-fixed-n3c-48', 2, 8, 8.5, 52_000],
      ['narrowed-gate-20', 1, 1, 8, 15_000],
      ['=cmd', 1, 1, 1.2, 1000],
    ]);
  });

  it('writes CSV with quoted, formula-safe text and a total row equal to the plan total', () => {
    const rows = planCsv(result).split('\r\n');
    expect(rows[2]).toBe('narrowed-gate-20,"Narrowed gate, ""20"" km/h",,1,1,8,15000,0');
    expect(rows[3]).toBe(`'=cmd,"'=HYPERLINK(""x"")",V/7200[N3C]/48/90:0.0,1,1,1.2,1000,250`);
    expect(rows[4]).toBe('total,,,4,10,17.7,68000,250');
    expect(rows[5]).toBe('');
    const none = planCsv({ feasible: false, reason: 'r', constraint: 'budget', classes: ['car'] });
    expect(none).toBe('product,name,rating,lines,units,total_width_m,install_eur,maintenance_eur_per_year\r\ntotal,,,0,0,0,0,0\r\n');
  });

  it('writes GeoJSON with the zone, one line per measure and the attribution', () => {
    const geo = planGeoJson(plan, result) as { attribution: string; features: { properties: { layer: string; kind?: string; locked?: boolean } }[] };
    expect(geo.attribution).toBe('© OpenStreetMap contributors (ODbL)');
    expect(geo.features.map((f) => f.properties.layer)).toEqual(['zone', 'measure', 'measure', 'measure', 'measure']);
    expect(geo.features[4]!.properties).toMatchObject({ kind: 'gap', locked: true });
  });

  it('colours layouts, openable and fixed measures apart, and keeps report text to what the standard fonts show', () => {
    expect(measures.map(measureColour)).toEqual(['fixed', 'layout', 'fixed', 'openable']);
    expect(pdfText('Płac Zamkowy — €5 ≥ 3 − 1\n')).toBe('Plac Zamkowy — €5 >= 3 - 1 ');
    expect(pdfText('→ ✓')).toBe('? ?');
    expect(pdfText('Montréal, Šibenik, Łódź')).toBe('Montréal, Šibenik, Lódz');
  });

  it('renders a PDF report, on several pages when the table is long, and for a plan that could not be made', async () => {
    const pdf = Buffer.from(await planReportPdf({ plan, result, siteName: 'Zamek' })).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const pages = (text: string) => text.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
    expect(pages(pdf)).toBeGreaterThan(0);
    const many = { ...result, measures: Array.from({ length: 80 }, (_, i) => planMeasure({ at: [7.4205 + i * 1e-5, 43.731], line: [[7.4205 + i * 1e-5, 43.7309], [7.4205 + i * 1e-5, 43.7311]] })) };
    expect(pages(Buffer.from(await planReportPdf({ plan, result: many, siteName: 'Zamek' })).toString('latin1'))).toBeGreaterThan(pages(pdf));
    const none = Buffer.from(await planReportPdf({ plan, result: { feasible: false, reason: 'over budget: 68000€ > 1000€', constraint: 'budget', classes: ['car'] }, siteName: 'Zamek' }));
    expect(none.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
