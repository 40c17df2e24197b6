import { Rng } from '../prng.ts';
import { sample, type Distribution } from '../population/distribution.ts';
import type { Populated } from '../population/populate.ts';
import { allocateAgents, WAITING } from '../sim/agents.ts';

/**
 * Places `count` agents in a periodic corridor on a staggered lattice whose column spacing divides the
 * period exactly, so no two agents overlap across the seam; the densest packings (6 persons/m²) fit.
 * Returns null when they cannot be placed without overlap.
 * @example
 * const pop = placeInCorridor(8, 4, 192, 0.2, WEIDMANN_SPEED, 1);
 */
export function placeInCorridor(
  length: number,
  width: number,
  count: number,
  radius: number,
  v0: Distribution,
  seed: number,
): Populated | null {
  const gap = 2 * radius + 0.005;
  const usable = width - 2 * (radius + 0.01);
  let best: { rows: number; cols: number; dx: number; dy: number; clearance: number } | null = null;
  for (let rows = 1; rows <= Math.max(1, Math.floor(usable / 0.05)); rows++) {
    const cols = Math.ceil(count / rows);
    const dx = length / cols;
    const dy = rows > 1 ? usable / (rows - 1) : 0;
    const clearance = rows > 1 ? Math.min(dx, Math.hypot(dx / 2, dy), 2 * dy) : dx;
    if (!best || clearance > best.clearance) best = { rows, cols, dx, dy, clearance };
  }
  if (!best || best.clearance < gap) return null;
  const rng = new Rng(seed);
  const spots: number[] = [];
  for (let r = 0; r < best.rows; r++) {
    for (let c = 0; c < best.cols; c++) {
      const x = (c + (r % 2 === 0 ? 0.25 : 0.75)) * best.dx;
      spots.push(x, best.rows > 1 ? radius + 0.01 + r * best.dy : width / 2);
    }
  }
  const n = spots.length / 2;
  const perm = Array.from({ length: n }, (_, k) => k);
  for (let k = n - 1; k > 0; k--) {
    const j = rng.int(k + 1);
    [perm[k], perm[j]] = [perm[j] as number, perm[k] as number];
  }
  const agents = allocateAgents(count);
  // Jitter within half the slack, so that lanes are not pre-formed (every pair stays ≥ 2r + gap apart).
  const slack = Math.max(0, (best.clearance - gap) / 2) * 0.95;
  const lo = radius + 0.01;
  const hi = width - radius - 0.01;
  for (let i = 0; i < count; i++) {
    const s = perm[i] as number;
    const x = (spots[2 * s] as number) + rng.uniform(-slack / 2, slack / 2);
    agents.x[i] = x < 0 ? x + length : x >= length ? x - length : x;
    agents.y[i] = Math.min(
      hi,
      Math.max(lo, (spots[2 * s + 1] as number) + rng.uniform(-slack / 2, slack / 2)),
    );
    agents.radius[i] = radius;
    agents.v0[i] = sample(v0, rng);
    agents.status[i] = WAITING;
  }
  return { agents, choice: new Uint8Array(Math.max(1, count)), maxRadius: radius };
}
