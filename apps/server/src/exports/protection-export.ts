import type { Locale, PlanMeasure, PlanResult, ProtectionPlan } from '@pactesur/contracts';
import { csvField } from '../services/audit-service.ts';
import { measureNameIn } from './report-i18n.ts';
import { EXPORT_ATTRIBUTION } from './threat-export.ts';

/**
 * The plan as a GeoJSON FeatureCollection: the zone, one LineString per measure (product, rating, cost,
 * whether it opens, whether people pass, where it stands, whether the user locked it), the perimeter
 * crossings the verification still found reached, and the stations whose routes were kept open.
 */
export function planGeoJson(plan: ProtectionPlan, result: PlanResult): object {
  const features: object[] = [
    { type: 'Feature', properties: { layer: 'zone', name: plan.name }, geometry: plan.zone },
  ];
  if (result.feasible) {
    for (const [i, m] of result.measures.entries())
      features.push({
        type: 'Feature',
        properties: {
          layer: 'measure', index: i, product: m.product, name: m.name, rating: m.rating, costEur: m.costEur,
          maintenancePerYearEur: m.maintenancePerYearEur, units: m.units, widthM: m.widthM, openable: m.openable,
          permeable: m.permeable, accessibleGap: m.accessibleGap, kind: m.kind, locked: m.locked,
        },
        geometry: { type: 'LineString', coordinates: m.line },
      });
    for (const u of result.verification.unstopped)
      features.push({ type: 'Feature', properties: { layer: 'unstopped', class: u.class, speedKmh: u.speedKmh }, geometry: { type: 'Point', coordinates: u.at } });
    for (const s of result.stations)
      features.push({ type: 'Feature', properties: { layer: 'station', name: s.name }, geometry: { type: 'Point', coordinates: s.at } });
  }
  const headline = result.feasible
    ? { feasible: true, totalCostEur: result.totalCostEur, maintenancePerYearEur: result.maintenancePerYearEur, verified: result.verification.passed }
    : { feasible: false, reason: result.reason, constraint: result.constraint };
  return {
    type: 'FeatureCollection',
    attribution: EXPORT_ATTRIBUTION,
    plan: { id: plan.id, name: plan.name, siteId: plan.siteId, parentId: plan.parentId, createdAt: plan.createdAt, classes: result.classes, ...headline },
    features,
  };
}

/** One line of the bill of quantities: a product and everything of it the plan installs. */
export interface QuantityLine {
  readonly product: string;
  readonly name: string;
  readonly rating: string | null;
  readonly lines: number;
  readonly units: number;
  readonly widthM: number;
  readonly installEur: number;
  readonly maintenancePerYearEur: number;
}

/** The measures grouped by product, in the order products first appear. */
export function billOfQuantities(measures: readonly PlanMeasure[]): QuantityLine[] {
  const byProduct = new Map<string, QuantityLine>();
  for (const m of measures) {
    const q = byProduct.get(m.product);
    byProduct.set(m.product, {
      product: m.product,
      name: m.name,
      rating: m.rating,
      lines: (q?.lines ?? 0) + 1,
      units: (q?.units ?? 0) + m.units,
      widthM: Math.round(((q?.widthM ?? 0) + m.widthM) * 10) / 10,
      installEur: (q?.installEur ?? 0) + m.costEur,
      maintenancePerYearEur: (q?.maintenancePerYearEur ?? 0) + m.maintenancePerYearEur,
    });
  }
  return [...byProduct.values()];
}

const CSV_HEADER = ['product', 'name', 'rating', 'lines', 'units', 'total_width_m', 'install_eur', 'maintenance_eur_per_year'];

/** The bill of quantities: one row per product (its name in `locale`, else as the plan stored it), then the total row (an infeasible plan: the total row only, zeros). */
export function planCsv(result: PlanResult, locale?: Locale): string {
  const rows = [CSV_HEADER.join(',')];
  const bill = result.feasible ? billOfQuantities(result.measures) : [];
  for (const q of bill)
    rows.push([csvField(q.product), csvField(locale ? measureNameIn(locale, q) : q.name), csvField(q.rating), q.lines, q.units, q.widthM, q.installEur, q.maintenancePerYearEur].join(','));
  const sum = (f: (q: QuantityLine) => number) => bill.reduce((s, q) => s + f(q), 0);
  const install = result.feasible ? result.totalCostEur : 0;
  const maintenance = result.feasible ? result.maintenancePerYearEur : 0;
  rows.push(['total', '', '', sum((q) => q.lines), sum((q) => q.units), Math.round(sum((q) => q.widthM) * 10) / 10, install, maintenance].join(','));
  return `${rows.join('\r\n')}\r\n`;
}
