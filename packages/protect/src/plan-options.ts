import { lineCost, openedWidthM, stops, type BarrierProduct } from '@pactesur/barriers';
import type { LineOption } from './cut-problem.ts';

/** A speed-reduction layout (HVM.md §5): lets no class through faster than `capKmh`, opens for everyone. */
export interface SpeedReduction {
  readonly id: string;
  readonly name: string;
  readonly capKmh: number;
  /** Installed cost of one location (€), a planning default. */
  readonly costEur: number;
}

/**
 * The default speed-reduction layouts, planning defaults to be replaced by local tenders (check): a
 * chicane of planters and a narrowed gate that keep a vehicle under 30 and 20 km/h.
 */
export const DEFAULT_SPEED_REDUCTIONS: readonly SpeedReduction[] = [
  { id: 'chicane-30', name: 'Chicane (street furniture, 30 km/h)', capKmh: 30, costEur: 25_000 },
  { id: 'narrowed-gate-20', name: 'Narrowed gate (20 km/h)', capKmh: 20, costEur: 15_000 },
];

/** Clear width an emergency vehicle needs through an opened barrier (UK 3.7 m road; DIN 14090 3.0–3.5 m). */
export const EMERGENCY_WIDTH_M = 3.5;

/** What one option on a line is: a product across the width, or a speed-reduction layout. */
export type PlanOption =
  | { readonly kind: 'product'; readonly product: BarrierProduct; readonly units: number; readonly option: LineOption }
  | { readonly kind: 'reduction'; readonly reduction: SpeedReduction; readonly option: LineOption };

/** The options of a line of width `widthM` from a catalogue and the speed reductions. */
export function lineOptions(catalogue: readonly BarrierProduct[], reductions: readonly SpeedReduction[], widthM: number): PlanOption[] {
  const out: PlanOption[] = catalogue.map((product) => {
    const cost = lineCost(product, widthM);
    return {
      kind: 'product',
      product,
      units: cost.units,
      option: {
        id: product.id,
        costEur: cost.installEur,
        maintenancePerYearEur: cost.maintenancePerYearEur,
        emergencyPassable: product.operation === 'active' && openedWidthM(product, widthM) >= Math.min(EMERGENCY_WIDTH_M, widthM),
        permeable: product.layout === 'permeable' && (product.clearGapM ?? 0) <= 1.2,
        visibleSecurity: product.look === 'visible-security',
      },
    };
  });
  for (const reduction of reductions)
    out.push({
      kind: 'reduction',
      reduction,
      option: { id: reduction.id, costEur: reduction.costEur, maintenancePerYearEur: 0, emergencyPassable: widthM >= EMERGENCY_WIDTH_M, permeable: true, visibleSecurity: false },
    });
  return out;
}

/**
 * The speed (km/h) a vehicle of `massKg` keeps past an option it meets head-on at `kmh`: -1 when a rated
 * product stops it, the cap through a speed reduction, else unchanged.
 */
export function passSpeed(o: PlanOption, massKg: number, kmh: number): number {
  if (o.kind === 'reduction') return Math.min(kmh, o.reduction.capKmh);
  return stops(o.product.rating, { massKg }, kmh, 90) ? -1 : kmh;
}
