import { LOCALES, type PlanResult } from '@pactesur/contracts';
import { DEFAULT_CATALOGUE } from '@pactesur/barriers';
import { DEFAULT_SPEED_REDUCTIONS } from '@pactesur/protect';
import type { MapLayers } from '@pactesur/site';
import { DEFAULT_VEHICLE_CLASSES } from '@pactesur/vehicle';
import { describe, expect, it } from 'vitest';
import { planCsv } from './protection-export.ts';
import { planReportPdf } from './protection-report.ts';
import { classNameIn, measureNameIn, planReasonIn, REPORT_TEXT, reportLocale } from './report-i18n.ts';
import { pdfWords } from '../../test/pdf-words.ts';
import { planMeasure, readyPlan } from '../../test/plan-fixtures.ts';

const result: PlanResult = {
  feasible: true,
  totalCostEur: 34_500,
  maintenancePerYearEur: 0,
  measures: [planMeasure({}), planMeasure({ product: 'narrowed-gate-20', name: 'Narrowed gate (20 km/h)', rating: null, units: 1, costEur: 15_000, openable: true, at: [7.4206, 43.7309], line: [[7.4206, 43.73085], [7.4206, 43.73095]] })],
  verification: { passed: true, unstoppedApproaches: 0, unstopped: [], emergencyRoutesOpen: true, stationsChecked: 0, pedestrianLinesPermeable: true },
  classes: ['car', 'artic-40t'],
  unreached: ['artic-40t'],
  optimal: true,
  gap: 0,
  solveS: 1.2,
  size: { lines: 10, states: 100, arcs: 300 },
  exposure: { beforeKJ: 12_900, afterKJ: 0 },
  stations: [],
};

const plan = readyPlan({
  parentId: '44444444-4444-4444-8444-444444444444',
  name: 'Place du Palais',
  classIds: ['car', 'artic-40t'],
  request: { osmStations: true, stations: [], locked: [], forbidden: [], classes: ['car', 'artic-40t'] },
});

const street = (name: string, rank: 'major' | 'minor', coordinates: number[][]) =>
  ({ type: 'Feature', properties: { layer: 'street', class: 'residential', rank, name }, geometry: { type: 'LineString', coordinates } }) as const;
const layers: MapLayers = {
  type: 'FeatureCollection',
  attribution: '© OpenStreetMap contributors',
  license: 'ODbL',
  bbox: [7.419, 43.73, 7.423, 43.732],
  features: [
    street('Rue Colonel Bellando de Castro', 'major', [[7.4195, 43.7306], [7.4222, 43.7306]]),
    street('Rue Basse', 'minor', [[7.4195, 43.7316], [7.4222, 43.7316]]),
    street('Rue Basse bis', 'minor', [[7.4195, 43.73161], [7.4222, 43.73161]]),
    { type: 'Feature', properties: { layer: 'building', class: 'yes' }, geometry: { type: 'Polygon', coordinates: [[[7.4216, 43.7309], [7.4219, 43.7309], [7.4219, 43.7312], [7.4216, 43.7309]]] } },
  ],
};

describe('the PDF report in the reader’s language', () => {
  it('speaks French throughout, names products, classes and streets, and no internal document or id', async () => {
    const words = pdfWords(await planReportPdf({ plan, result, siteName: 'Monaco-Ville', layers, locale: 'fr' }));
    for (const expected of ['Plan de protection : Place du Palais', 'Hypothèses de conception', 'Semi-remorque 40 t', 'Borne fixe certifiée, 7,2 t à 48 km/h', 'Passage rétréci (20 km/h)', 'Vérification', 'Rue Colonel Bellando de Castro', 'Rue Basse', "Aucun centre de secours n'a été trouvé"])
      expect(words).toContain(expected);
    for (const english of ['Protection plan', 'Design basis', 'Measures', 'Totals', 'Fixed rated bollard', 'HVM', 'ADR', '.md', plan.id, plan.parentId ?? '', 'gap-'])
      expect(words).not.toContain(english);
  });

  it('says an impossible plan’s reason in the reader’s language', async () => {
    const none: PlanResult = { feasible: false, reason: 'no allowed barrier stops artic-40t on one of its approaches', constraint: 'class', classes: ['artic-40t'] };
    const words = pdfWords(await planReportPdf({ plan, result: none, siteName: 'Monaco-Ville', layers: null, locale: 'it' }));
    expect(words).toContain('Nessun piano');
    expect(words).toContain('Nessuna barriera consentita può fermare la classe «Autoarticolato 40 t»');
    expect(words).not.toContain('no allowed barrier');
  });

  it('writes the bill of quantities with product names in the reader’s language', () => {
    const csv = planCsv(result, 'es');
    expect(csv).toContain('bollard-fixed-n3c-48,"Bolardo fijo certificado, 7,2 t a 48 km/h"');
    expect(csv).toContain('narrowed-gate-20,Paso estrechado (20 km/h)');
  });
});

describe('the report’s translation table', () => {
  it('names every default product, layout and vehicle class in every language, in English as the catalogue does', () => {
    const ids = [...DEFAULT_CATALOGUE.map((p) => p.id), ...DEFAULT_SPEED_REDUCTIONS.map((r) => r.id)];
    for (const locale of LOCALES) {
      expect(Object.keys(REPORT_TEXT[locale].products).sort(), locale).toEqual([...ids].sort());
      expect(Object.keys(REPORT_TEXT[locale].vehicleClasses).sort(), locale).toEqual(DEFAULT_VEHICLE_CLASSES.map((c) => c.id).sort());
    }
    for (const p of [...DEFAULT_CATALOGUE, ...DEFAULT_SPEED_REDUCTIONS]) expect(REPORT_TEXT.en.products[p.id]).toBe(p.name);
  });

  it('keeps an organisation’s own product under its stored name, and a layout before a product in order', () => {
    expect(measureNameIn('fr', { product: 'city-bollard', name: 'Borne de la ville' })).toBe('Borne de la ville');
    expect(measureNameIn('it', { product: 'narrowed-gate-20+bench-n1g-48', name: 'x' })).toBe('Varco ristretto (20 km/h), poi Panchina certificata, 2,5 t a 48 km/h');
    expect(planReasonIn('es', 'the solver says something new', 'budget')).toBe('the solver says something new');
  });

  it('keeps the stored name of a product or class whose id is also a member of every object', async () => {
    for (const id of ['constructor', '__proto__', 'toString']) {
      expect(measureNameIn('fr', { product: id, name: 'Borne de la ville' })).toBe('Borne de la ville');
      expect(measureNameIn('fr', { product: `chicane-30+${id}`, name: 'Chicane puis borne' })).toBe('Chicane puis borne');
      expect(classNameIn('it', id)).toBe(id);
      expect(planReasonIn('es', `no allowed barrier stops ${id} on one of its approaches`, 'class')).toBe(
        `Ninguna barrera permitida puede detener la clase «${id}» en uno de sus accesos.`,
      );
    }
    const own: PlanResult = { ...result, measures: [planMeasure({ product: 'constructor', name: 'Borne de la ville' }), planMeasure({ product: '__proto__', name: 'Jardinière' })] };
    const csv = planCsv(own, 'fr');
    expect(csv).toContain('constructor,Borne de la ville,');
    expect(csv).toContain('__proto__,Jardinière,');
    expect(csv).not.toMatch(/native code|object Object/);
    const none: PlanResult = { feasible: false, reason: 'no allowed barrier stops constructor on one of its approaches', constraint: 'constructor', classes: ['constructor'] };
    const words = pdfWords(await planReportPdf({ plan, result: none, siteName: 'Monaco-Ville', layers: null, locale: 'it' }));
    expect(words).toContain('Nessuna barriera consentita può fermare la classe «constructor»');
    expect(words).not.toMatch(/native code|object Object/);
  });

  it('takes the language from ?lang=, else from Accept-Language, else English', () => {
    expect(reportLocale('fr', 'it-IT')).toBe('fr');
    expect(reportLocale('de', 'de-DE,es;q=0.8')).toBe('es');
    expect(reportLocale(undefined, undefined)).toBe('en');
  });
});
