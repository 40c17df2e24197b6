import type { ExitKind } from '@pactesur/contracts';

/** Flows through exits, persons per metre of width per minute, by kind of exit. */
export type Flows = Readonly<Record<ExitKind, number>>;

export interface CapacityExit {
  widthM: number;
  kind: ExitKind;
}

export interface CapacityInput {
  /** Gross area (m²). */
  areaM2: number;
  /** Area taken by structures and areas with no view (m²). */
  structuresM2: number;
  /** Planning density (persons/m²). */
  densityPerM2: number;
  exits: readonly CapacityExit[];
  /** Allowed egress time (minutes). */
  egressMinutes: number;
  flowPerMPerMin: Flows;
}

export interface Capacity {
  holdingCapacity: number;
  exitCapacity: number;
  exitCapacityWithoutLargest: number;
  safeCapacity: number;
  /** Minutes for the holding capacity to leave through every exit; null without an exit. */
  egressMinutesAtHolding: number | null;
}

/**
 * Whole people in a product of measures, rounded down. The product is first rounded to a millionth so
 * that 1.2 m × 82 /m/min × 10 min, which floating point makes 983.999…, gives 984, not 983.
 */
export function wholePeople(x: number): number {
  if (!Number.isFinite(x) || x <= 0) return 0;
  return Math.floor(Math.round(x * 1e6) / 1e6);
}

/** A number rounded to 2 decimals. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Persons per minute through one exit. */
export function exitFlowPerMin(exit: CapacityExit, flows: Flows): number {
  return exit.widthM * flows[exit.kind];
}

/**
 * The index of the largest exit: the widest; among equally wide ones, the one of the highest flow (so
 * that taking it away lowers the capacity most), then the first. Null without an exit.
 */
export function largestExitIndex(exits: readonly CapacityExit[], flows: Flows): number | null {
  let best: number | null = null;
  for (const [i, exit] of exits.entries()) {
    const current = best === null ? undefined : exits[best];
    if (
      current === undefined ||
      exit.widthM > current.widthM ||
      (exit.widthM === current.widthM && flows[exit.kind] > flows[current.kind])
    )
      best = i;
  }
  return best;
}

/**
 * The capacity figures of EVENTS.md on plain numbers:
 * - holding = ⌊(area − structures) × density⌋ (never below 0);
 * - exit capacity = ⌊Σ width × flow(kind) × egress minutes⌋, and again without the largest exit (see
 *   {@link largestExitIndex}: one exit taken away when several tie);
 * - safe = the lower of holding and exit capacity without the largest exit;
 * - egress minutes at holding = holding ÷ Σ width × flow over every exit, to 2 decimals (null without an exit).
 */
export function capacity(input: CapacityInput): Capacity {
  const { exits, flowPerMPerMin: flows } = input;
  const holdingCapacity = wholePeople((input.areaM2 - input.structuresM2) * input.densityPerM2);
  const perMin = exits.map((e) => exitFlowPerMin(e, flows));
  const totalPerMin = perMin.reduce((a, b) => a + b, 0);
  const largest = largestExitIndex(exits, flows);
  const withoutLargestPerMin = perMin.reduce((a, b, i) => (i === largest ? a : a + b), 0);
  const exitCapacity = wholePeople(totalPerMin * input.egressMinutes);
  const exitCapacityWithoutLargest = wholePeople(withoutLargestPerMin * input.egressMinutes);
  return {
    holdingCapacity,
    exitCapacity,
    exitCapacityWithoutLargest,
    safeCapacity: Math.min(holdingCapacity, exitCapacityWithoutLargest),
    egressMinutesAtHolding: totalPerMin > 0 ? round2(holdingCapacity / totalPerMin) : null,
  };
}
