import type { BarrierProduct } from './barrier-product.ts';

/** What covering a gap with one product takes. */
export interface LineCost {
  /** Units installed (permeable: posts or planters; continuous: sections of `unitWidthM`). */
  readonly units: number;
  /** Installed cost, € (temporary products: per event). */
  readonly installEur: number;
  /** Maintenance, € per year (units × `maintenancePerYearEur`). */
  readonly maintenancePerYearEur: number;
}

const EPS = 1e-9;

function checkWidth(widthM: number): void {
  if (!Number.isFinite(widthM) || widthM < 0) throw new RangeError(`gap width must be ≥ 0 m, got ${widthM}`);
}

/**
 * Units needed to close a gap of `widthM`. Permeable: `ceil((w + gap) / (unitWidth + gap))` — n units
 * with n − 1 clear gaps span n·unitWidth + (n − 1)·gap ≥ w. Continuous: `ceil(w / unitWidth)`.
 * A width of 0 needs none. Throws a `RangeError` for a negative or non-finite width.
 *
 * @example
 * unitsToCover(bollard, 6); // bollards 0.3 m wide, 1.2 m apart: ceil(7.2 / 1.5) = 5
 */
export function unitsToCover(product: BarrierProduct, widthM: number): number {
  checkWidth(widthM);
  if (widthM === 0) return 0;
  const gap = product.layout === 'permeable' ? (product.clearGapM ?? 0) : 0;
  return Math.max(1, Math.ceil((widthM + gap) / (product.unitWidthM + gap) - EPS));
}

/**
 * The cost of closing a gap of `widthM` with `product`: units × cost per unit for permeable products,
 * metres × cost per metre for continuous ones; maintenance per unit either way.
 * Throws a `RangeError` for a negative or non-finite width.
 *
 * @example
 * lineCost(fixedBollard, 6); // { units: 5, installEur: 32_500, maintenancePerYearEur: 0 }
 */
export function lineCost(product: BarrierProduct, widthM: number): LineCost {
  const units = unitsToCover(product, widthM);
  const installEur =
    product.layout === 'permeable'
      ? units * (product.costPerUnitEur ?? 0)
      : widthM * (product.costPerMetreEur ?? 0);
  return { units, installEur, maintenancePerYearEur: units * product.maintenancePerYearEur };
}

/**
 * Installed cost per metre of line, for comparing products without a width: a permeable product's unit
 * cost spread over its pitch (unit width + gap), or a continuous product's cost per metre.
 *
 * @example
 * costPerMetreEur(fixedBollard); // 6500 / 1.5 ≈ 4333
 */
export function costPerMetreEur(product: BarrierProduct): number {
  if (product.layout === 'continuous') return product.costPerMetreEur ?? 0;
  return (product.costPerUnitEur ?? 0) / (product.unitWidthM + (product.clearGapM ?? 0));
}

/**
 * Maintenance per metre of line per year, on the same pitch as {@link costPerMetreEur}.
 *
 * @example
 * maintenancePerMetreEur(automaticBollard); // 3000 / 1.5 = 2000
 */
export function maintenancePerMetreEur(product: BarrierProduct): number {
  const pitch = product.unitWidthM + (product.layout === 'permeable' ? (product.clearGapM ?? 0) : 0);
  return product.maintenancePerYearEur / pitch;
}

/**
 * The clear width a line of `product` across a gap of `widthM` leaves for emergency vehicles: an active
 * product's `openWidthM` (a whole bollard row opens when it has none), a passive permeable product's
 * clear gap, nothing for a passive continuous one. Never more than `widthM`.
 *
 * @example
 * openedWidthM(automaticBollard, 6); // 6: the row retracts
 * openedWidthM(fixedBollard, 6);     // 1.2: the gap between posts
 */
export function openedWidthM(product: BarrierProduct, widthM: number): number {
  checkWidth(widthM);
  if (product.operation === 'active') return Math.min(widthM, product.openWidthM ?? widthM);
  return product.layout === 'permeable' ? Math.min(widthM, product.clearGapM ?? 0) : 0;
}
