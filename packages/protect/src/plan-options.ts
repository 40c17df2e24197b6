import { lineCost, openedWidthM, stops, type BarrierProduct, type Rating } from '@pactesur/barriers';
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

/**
 * What one option on a line is: a rated product across the width, a speed-reduction layout, or a rated
 * product behind a speed-reduction layout (the vehicle meets the layout first, then the product at the
 * layout's speed at most).
 */
export interface PlanOption {
  readonly reduction: SpeedReduction | null;
  readonly product: { readonly product: BarrierProduct; readonly units: number } | null;
  readonly option: LineOption;
}

/**
 * The options of a line of width `widthM` from a catalogue and the speed reductions: each product, each
 * reduction, and each product behind the slowest reduction (HVM.md §5: layouts are alternative geometries
 * of an edge, one chosen per location).
 */
export function lineOptions(catalogue: readonly BarrierProduct[], reductions: readonly SpeedReduction[], widthM: number): PlanOption[] {
  const products = catalogue.map((product) => {
    const cost = lineCost(product, widthM);
    return {
      product: { product, units: cost.units },
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
  const out: PlanOption[] = products.map((p) => ({ reduction: null, ...p }));
  for (const reduction of reductions)
    out.push({
      reduction,
      product: null,
      option: { id: reduction.id, costEur: reduction.costEur, maintenancePerYearEur: 0, emergencyPassable: widthM >= EMERGENCY_WIDTH_M, permeable: true, visibleSecurity: false },
    });
  const slowest = [...reductions].sort((a, b) => a.capKmh - b.capKmh)[0];
  if (slowest)
    for (const p of products)
      out.push({
        reduction: slowest,
        product: p.product,
        option: {
          ...p.option,
          id: `${slowest.id}+${p.option.id}`,
          costEur: p.option.costEur + slowest.costEur,
          emergencyPassable: p.option.emergencyPassable && widthM >= EMERGENCY_WIDTH_M,
        },
      });
  return out;
}

/**
 * The speed (km/h) a vehicle of `massKg` keeps past an option it meets head-on at `kmh`: -1 when a rated
 * product stops it (at the speed the reduction before it, if any, leaves), the cap through a speed
 * reduction, else unchanged.
 */
export function passSpeed(o: PlanOption, massKg: number, kmh: number): number {
  const v = o.reduction ? Math.min(kmh, o.reduction.capKmh) : kmh;
  return o.product && stops(o.product.product.rating, { massKg }, v, 90) ? -1 : v;
}

/** Whether a rating stops anything head-on at all (the planner meets vehicles at 90°). */
const stopsAnything = (r: Rating) => stops(r, { massKg: 0 }, 0, 90);

/** Whether `q` stops every vehicle `p` stops (same reasoning as `stops`: mass, then speed). */
const covers = (q: Rating, p: Rating) => q.massKg >= p.massKg && q.speedKmh >= p.speedKmh && stopsAnything(q);

/**
 * Drops the options no plan needs: a product that stops nothing head-on (e.g. penetration beyond the
 * accepted limit), and one that another option with the same layout beats on everything — stops at least
 * what it stops, costs no more to install or maintain, is as permeable, opens as well, and is no more
 * visible. Options in `keep` (locked ones) always stay.
 */
export function pruneOptions(options: readonly PlanOption[], keep?: ReadonlySet<string>): PlanOption[] {
  return options.filter((p) => {
    if (keep?.has(p.option.id) || !p.product) return true;
    const r = p.product.product.rating;
    if (!stopsAnything(r)) return false;
    return !options.some((q) => {
      if (q === p || !q.product || q.reduction !== p.reduction) return false;
      const a = q.option;
      const b = p.option;
      const noWorse =
        covers(q.product.product.rating, r) &&
        a.costEur <= b.costEur &&
        a.maintenancePerYearEur <= b.maintenancePerYearEur &&
        (a.permeable || !b.permeable) &&
        (a.emergencyPassable || !b.emergencyPassable) &&
        (!a.visibleSecurity || b.visibleSecurity);
      // Equal options: keep the first of them.
      const equal = noWorse && covers(r, q.product.product.rating) && a.costEur === b.costEur && a.maintenancePerYearEur === b.maintenancePerYearEur && a.permeable === b.permeable && a.emergencyPassable === b.emergencyPassable && a.visibleSecurity === b.visibleSecurity;
      return noWorse && (!equal || options.indexOf(q) < options.indexOf(p));
    });
  });
}
