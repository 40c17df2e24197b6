import { Rng } from '../prng.ts';
import { err, ok, type Result } from '@pactesur/geo';
import type { Issue } from '../issue.ts';
import { ringArea } from '../geometry/vec.ts';
import { allocateAgents, WAITING, type AgentArrays } from '../sim/agents.ts';
import type { World } from '../world/world.ts';
import { range, sample } from './distribution.ts';
import { isFree, latticePoints } from './lattice.ts';
import type { PopulationGroup } from './population.ts';

/** Exit-choice codes per agent. */
export const CHOICE_NEAREST = 0;
export const CHOICE_ASSIGNED = 1;
export const CHOICE_CONGESTION = 2;

/** The agents of a scenario at time zero. */
export interface Populated {
  readonly agents: AgentArrays;
  /** CHOICE_* per agent. */
  readonly choice: Uint8Array;
  readonly maxRadius: number;
}

/** Extra clearance between discs and from walls at placement, metres. */
const GAP = 0.01;

/**
 * Places every block of agents on a jittered triangular lattice inside its area (clear of walls and of
 * the agents already placed) and draws radius, free speed and premovement time. Group members take
 * neighbouring lattice points and share start time, pace (the slowest) and exit.
 * @example
 * const r = populate(world, groups, 1);
 * if (r.ok) r.value.agents.x;
 */
export function populate(world: World, groups: readonly PopulationGroup[], seed: number): Result<Populated, readonly Issue[]> {
  const total = groups.reduce((s, g) => s + g.count, 0);
  const agents = allocateAgents(total);
  const choice = new Uint8Array(Math.max(1, total));
  const rng = new Rng(seed);
  const issues: Issue[] = [];
  const placed = new Map<number, number[]>();
  let next = 0;
  let maxRadius = 0;
  groups.forEach((g, gi) => {
    const rMax = range(g.radius)[1];
    maxRadius = Math.max(maxRadius, rMax);
    const spots = findSpots(world, g, rMax, rng, placed);
    if (spots.length / 2 < g.count) {
      issues.push({
        path: `agents[${gi}].count`,
        message: `only ${spots.length / 2} of ${g.count} agents of radius ${rMax} m fit in the area (${Math.abs(ringArea(g.area)).toFixed(1)} m²)`,
      });
      return;
    }
    const order = chooseSpots(spots.length / 2, g.count, Math.max(1, g.groupSize), rng);
    for (let s = 0; s < g.count; s += Math.max(1, g.groupSize)) {
      const members = order.slice(s, s + Math.max(1, g.groupSize));
      const start = sample(g.premovement, rng);
      let v0 = Infinity;
      for (const spot of members) {
        const i = next++;
        agents.x[i] = spots[2 * spot] as number;
        agents.y[i] = spots[2 * spot + 1] as number;
        agents.radius[i] = sample(g.radius, rng);
        v0 = Math.min(v0, sample(g.v0, rng));
        agents.start[i] = start;
        agents.status[i] = WAITING;
        agents.field[i] = g.exit.kind === 'assigned' ? g.exit.exit : 0;
        choice[i] = g.exit.kind === 'assigned' ? 1 : g.exit.kind === 'congestion' ? 2 : 0;
        remember(placed, agents.x[i], agents.y[i], rMax);
      }
      for (let i = next - members.length; i < next; i++) agents.v0[i] = v0;
    }
  });
  if (issues.length > 0) return err(issues);
  return ok({ agents, choice, maxRadius });
}

/** Lattice points for a block, densest first tried at the spacing that just holds the block. */
function findSpots(
  world: World,
  g: PopulationGroup,
  r: number,
  rng: Rng,
  placed: Map<number, number[]>,
): number[] {
  const area = Math.abs(ringArea(g.area));
  let spacing = Math.sqrt((2 * area) / (Math.sqrt(3) * Math.max(1, g.count) * 1.1));
  const minSpacing = 2 * r + GAP;
  let best: number[] = [];
  for (let attempt = 0; attempt < 60; attempt++) {
    const s = Math.max(spacing, minSpacing);
    const pts = latticePoints(world, g.area, s, r + GAP, rng.uniform(0, s), rng.uniform(0, s));
    const free: number[] = [];
    for (let k = 0; k < pts.length; k += 2) {
      const px = pts[k] as number,
        py = pts[k + 1] as number;
      if (clearOf(placed, px, py, r + GAP)) free.push(px, py);
    }
    if (free.length > best.length) best = free;
    if (free.length / 2 >= g.count) {
      jitter(world, g, free, s - minSpacing, r + GAP, rng);
      return free;
    }
    if (s === minSpacing) break;
    spacing *= 0.95;
  }
  return best;
}

function jitter(
  world: World,
  g: PopulationGroup,
  pts: number[],
  slack: number,
  clearance: number,
  rng: Rng,
): void {
  if (slack <= 0) return;
  for (let k = 0; k < pts.length; k += 2) {
    const px = (pts[k] as number) + rng.uniform(-slack / 2, slack / 2) * 0.7;
    const py = (pts[k + 1] as number) + rng.uniform(-slack / 2, slack / 2) * 0.7;
    if (isFree(world, g.area, px, py, clearance)) {
      pts[k] = px;
      pts[k + 1] = py;
    }
  }
}

/** Picks `count` of `n` spots: random leaders, each followed by the next free spots in lattice order. */
function chooseSpots(n: number, count: number, groupSize: number, rng: Rng): number[] {
  const perm = Array.from({ length: n }, (_, k) => k);
  for (let k = n - 1; k > 0; k--) {
    const j = rng.int(k + 1);
    [perm[k], perm[j]] = [perm[j] as number, perm[k] as number];
  }
  if (groupSize === 1) return perm.slice(0, count);
  const taken = new Uint8Array(n);
  const out: number[] = [];
  for (const leader of perm) {
    if (out.length >= count) break;
    if (taken[leader]) continue;
    for (let s = leader, got = 0; got < groupSize && out.length < count; s = (s + 1) % n) {
      if (taken[s]) continue;
      taken[s] = 1;
      out.push(s);
      got++;
    }
  }
  return out;
}

const BUCKET = 1;

function key(c: number, r: number): number {
  return (c + 100000) * 200000 + (r + 100000);
}

function remember(placed: Map<number, number[]>, x: number, y: number, r: number): void {
  const k = key(Math.floor(x / BUCKET), Math.floor(y / BUCKET));
  const list = placed.get(k);
  if (list) list.push(x, y, r);
  else placed.set(k, [x, y, r]);
}

function clearOf(placed: Map<number, number[]>, x: number, y: number, r: number): boolean {
  if (placed.size === 0) return true;
  const c = Math.floor(x / BUCKET);
  const rr = Math.floor(y / BUCKET);
  for (let dr = -1; dr <= 1; dr++) {
    for (let dc = -1; dc <= 1; dc++) {
      const list = placed.get(key(c + dc, rr + dr));
      if (!list) continue;
      for (let k = 0; k < list.length; k += 3) {
        const d = Math.hypot((list[k] as number) - x, (list[k + 1] as number) - y);
        if (d < r + (list[k + 2] as number)) return false;
      }
    }
  }
  return true;
}
