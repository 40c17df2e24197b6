import type { LockInput, LngLat, PlanMeasure } from '@pactesur/contracts';
import { roundLngLat } from '../../threat/map/zoneDraft.ts';

/** A line about to be locked: the measure (by its index in the plan) and the product it keeps. */
export interface PendingLock {
  readonly index: number;
  readonly at: LngLat;
  readonly product: string;
  readonly name: string;
}

/** The changes asked of the next re-optimisation of a plan, not sent yet. */
export interface PlanEdits {
  readonly locks: readonly PendingLock[];
  readonly forbidden: readonly LngLat[];
}

export const NO_EDITS: PlanEdits = { locks: [], forbidden: [] };

/** What a re-optimisation asks for: the scenario's name, and every lock and forbidden place it keeps. */
export interface ReoptimiseRequest {
  readonly name?: string;
  readonly locked: LockInput[];
  readonly forbidden: LngLat[];
}

const samePoint = (a: LngLat, b: LngLat) => a[0] === b[0] && a[1] === b[1];

/**
 * Locks the measure at `index` (keeping its product), or takes back its pending lock. A measure the plan
 * already keeps locked stays as it is.
 *
 * @example toggleLock(NO_EDITS, 2, measure).locks // [{ index: 2, at: measure.at, product: measure.product, … }]
 */
export function toggleLock(
  edits: PlanEdits,
  index: number,
  measure: Pick<PlanMeasure, 'at' | 'product' | 'name' | 'locked'>,
): PlanEdits {
  if (measure.locked) return edits;
  if (edits.locks.some((l) => l.index === index))
    return { ...edits, locks: edits.locks.filter((l) => l.index !== index) };
  const lock: PendingLock = { index, at: measure.at, product: measure.product, name: measure.name };
  return { ...edits, locks: [...edits.locks, lock] };
}

/** Adds a place where no barrier may go (rounded to about a centimetre); the same place twice counts once. */
export function addForbidden(edits: PlanEdits, at: readonly [number, number]): PlanEdits {
  const point = roundLngLat(at);
  if (edits.forbidden.some((p) => samePoint(p, point))) return edits;
  return { ...edits, forbidden: [...edits.forbidden, point] };
}

/** Takes back the pending forbidden place at `index` of the list. */
export function removeForbidden(edits: PlanEdits, index: number): PlanEdits {
  return { ...edits, forbidden: edits.forbidden.filter((_, i) => i !== index) };
}

export const hasEdits = (edits: PlanEdits): boolean => edits.locks.length > 0 || edits.forbidden.length > 0;

/** The measures locked by the pending edits, by index (to mark them on the map and in the table). */
export const pendingLockIndexes = (edits: PlanEdits): ReadonlySet<number> =>
  new Set(edits.locks.map((l) => l.index));

/**
 * The body of the re-optimisation: the plan's own locks and forbidden places with the pending ones added
 * (a scenario keeps what its parent kept), without repeats; the name when one is given.
 */
export function reoptimiseRequest(
  request: { readonly locked?: readonly LockInput[]; readonly forbidden?: readonly LngLat[] },
  edits: PlanEdits,
  name: string,
): ReoptimiseRequest {
  const locked: LockInput[] = [...(request.locked ?? [])];
  for (const l of edits.locks)
    if (!locked.some((k) => k.product === l.product && samePoint(k.at, l.at)))
      locked.push({ at: l.at, product: l.product });
  const forbidden: LngLat[] = [...(request.forbidden ?? [])];
  for (const p of edits.forbidden) if (!forbidden.some((q) => samePoint(p, q))) forbidden.push(p);
  const trimmed = name.trim();
  return { ...(trimmed === '' ? {} : { name: trimmed.slice(0, 200) }), locked, forbidden };
}
