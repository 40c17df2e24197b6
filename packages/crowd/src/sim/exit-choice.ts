import { CHOICE_CONGESTION, CHOICE_NEAREST } from '../population/populate.ts';
import { cellAt, type World } from '../world/world.ts';
import { OUT, WALKING, type AgentArrays } from './agents.ts';

/** Specific flow assumed through an exit before any flow is observed, persons/(m·s). */
export const EXIT_CAPACITY = 1.5;
/** A congestion-aware agent changes exit only when the new one is this much better. */
const SWITCH_RATIO = 0.85;

/**
 * Floor-field distance of agent i to every exit, from the cell it stands on (Infinity when unreachable).
 * @example
 * exitDistance(world, 12, 0, 3.4, 7.1);
 */
export function exitDistance(world: World, field: number, x: number, y: number): number {
  const cell = cellAt(world.grid, x, y);
  if (cell < 0) return Infinity;
  return world.fieldDist[field * world.grid.cols * world.grid.rows + cell] as number;
}

/**
 * Points every nearest-exit agent at the exit with the shortest walking distance.
 * @example
 * chooseNearest(world, agents, choice);
 */
export function chooseNearest(world: World, agents: AgentArrays, choice: Uint8Array): void {
  for (let i = 0; i < agents.count; i++) {
    if (choice[i] !== CHOICE_NEAREST && choice[i] !== CHOICE_CONGESTION) continue;
    let best = 0;
    let bestD = Infinity;
    for (let k = 0; k < world.fieldCount; k++) {
      const d = exitDistance(world, k, agents.x[i] as number, agents.y[i] as number);
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    agents.field[i] = best;
  }
}

/**
 * Re-chooses the exits of congestion-aware agents: estimated time = walking distance / free speed +
 * people ahead heading to that exit / flow of that exit (persons/s: the observed outflow, or the
 * assumed capacity × width before anyone has left). Agents are visited in index order, so the outcome
 * is the same on every run.
 * @example
 * chooseByCongestion(world, agents, choice, flows);
 */
export function chooseByCongestion(
  world: World,
  agents: AgentArrays,
  choice: Uint8Array,
  flows: readonly number[],
): void {
  const exits = world.fieldCount;
  if (exits < 2) return;
  const lists: number[][] = Array.from({ length: exits }, () => []);
  for (let i = 0; i < agents.count; i++) {
    if (agents.status[i] === OUT) continue;
    const f = agents.field[i] as number;
    lists[f]?.push(exitDistance(world, f, agents.x[i] as number, agents.y[i] as number));
  }
  const sorted = lists.map((l) => Float64Array.from(l).sort());
  for (let i = 0; i < agents.count; i++) {
    if (choice[i] !== CHOICE_CONGESTION || agents.status[i] !== WALKING) continue;
    const current = agents.field[i] as number;
    let best = current;
    let bestCost = Infinity;
    let currentCost = Infinity;
    for (let k = 0; k < exits; k++) {
      const d = exitDistance(world, k, agents.x[i] as number, agents.y[i] as number);
      if (!Number.isFinite(d)) continue;
      const ahead = countBelow(sorted[k] as Float64Array, d);
      const flow = Math.max(0.1, flows[k] ?? EXIT_CAPACITY);
      const cost = d / Math.max(0.1, agents.v0[i] as number) + ahead / flow;
      if (k === current) currentCost = cost;
      if (cost < bestCost) {
        bestCost = cost;
        best = k;
      }
    }
    if (best !== current && bestCost < SWITCH_RATIO * currentCost) agents.field[i] = best;
  }
}

function countBelow(values: Float64Array, v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
