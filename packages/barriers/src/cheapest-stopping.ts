import type { BarrierKind, BarrierLook, BarrierProduct } from './barrier-product.ts';
import { costPerMetreEur, lineCost, maintenancePerMetreEur, openedWidthM } from './line-cost.ts';
import type { FoundationClass } from './rating.ts';
import { stops, type StopsOptions, type VehicleMass } from './stops.ts';

/** Which products a line may take, and how to cost them. Every field is optional. */
export interface ProductFilter {
  readonly kinds?: readonly BarrierKind[];
  readonly layout?: 'permeable' | 'continuous';
  readonly operation?: 'active' | 'passive';
  readonly deployment?: 'temporary' | 'permanent';
  readonly looks?: readonly BarrierLook[];
  readonly foundations?: readonly FoundationClass[];
  /** Pedestrian desire lines: only permeable products with a clear gap at most this wide (e.g. 1.2 m). */
  readonly maxClearGapM?: number;
  /** Emergency routes: only products that open to at least this clear width (e.g. 3.1 m). */
  readonly minOpenWidthM?: number;
  /** Width of the gap to close, m: products are compared on the cost of that line (else per metre). */
  readonly widthM?: number;
  /** Years of maintenance added to the installed cost (default 0). */
  readonly maintenanceYears?: number;
  /** Tolerances passed to {@link stops}. */
  readonly stops?: StopsOptions;
}

/** The chosen product and the cost it was ranked by (the line's, or per metre without `widthM`). */
export interface CheapestChoice {
  readonly product: BarrierProduct;
  readonly costEur: number;
}

/**
 * Whether a product passes a filter's non-rating conditions.
 *
 * @example
 * DEFAULT_CATALOGUE.filter((p) => matchesFilter(p, { operation: 'active' }));
 */
export function matchesFilter(product: BarrierProduct, filter: ProductFilter = {}): boolean {
  if (filter.kinds && !filter.kinds.includes(product.kind)) return false;
  if (filter.layout && product.layout !== filter.layout) return false;
  if (filter.operation && product.operation !== filter.operation) return false;
  if (filter.deployment && product.deployment !== filter.deployment) return false;
  if (filter.looks && !filter.looks.includes(product.look)) return false;
  if (filter.foundations && !filter.foundations.includes(product.foundation)) return false;
  if (filter.maxClearGapM !== undefined) {
    if (product.layout !== 'permeable' || (product.clearGapM ?? Infinity) > filter.maxClearGapM) return false;
  }
  if (filter.minOpenWidthM !== undefined) {
    if (product.operation !== 'active') return false;
    if (openedWidthM(product, filter.widthM ?? product.openWidthM ?? Number.MAX_VALUE) < filter.minOpenWidthM)
      return false;
  }
  return true;
}

/**
 * The cheapest product of `catalogue` that passes `filter` and stops `vehicle` at `speedKmh` and
 * `angleDeg` (see {@link stops}), or undefined if none does. Cost: the line cost over `filter.widthM`
 * (else per metre) plus `maintenanceYears` of maintenance; ties go to the smaller id. A negative or
 * non-finite `widthM` throws a `RangeError` (see `unitsToCover`).
 *
 * @example
 * cheapestStopping(DEFAULT_CATALOGUE, { massKg: 1500 }, 40, 90, { maxClearGapM: 1.2 });
 * // { product: <bench-n1g-48>, costEur: 3906.25 }: €12 500 over a 2 m bench + 1.2 m gap
 */
export function cheapestStopping(
  catalogue: readonly BarrierProduct[],
  vehicle: VehicleMass,
  speedKmh: number,
  angleDeg: number,
  filter: ProductFilter = {},
): CheapestChoice | undefined {
  const years = filter.maintenanceYears ?? 0;
  let best: CheapestChoice | undefined;
  for (const product of catalogue) {
    if (!matchesFilter(product, filter)) continue;
    if (!stops(product.rating, vehicle, speedKmh, angleDeg, filter.stops)) continue;
    let costEur: number;
    if (filter.widthM !== undefined) {
      const line = lineCost(product, filter.widthM);
      costEur = line.installEur + years * line.maintenancePerYearEur;
    } else {
      costEur = costPerMetreEur(product) + years * maintenancePerMetreEur(product);
    }
    if (!best || costEur < best.costEur || (costEur === best.costEur && product.id < best.product.id))
      best = { product, costEur };
  }
  return best;
}
