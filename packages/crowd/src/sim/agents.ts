/** Agent status codes. */
export const WAITING = 0;
export const WALKING = 1;
export const OUT = 2;

/**
 * The agents as a structure of arrays over one shared buffer, so worker threads read and write the very
 * same memory. Positions and velocities are double-buffered: a step reads (x, y, vx, vy) and writes
 * (nx, ny, nvx, nvy), so the result never depends on the order in which agents are updated.
 */
export interface AgentArrays {
  readonly count: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly vx: Float64Array;
  readonly vy: Float64Array;
  readonly nx: Float64Array;
  readonly ny: Float64Array;
  readonly nvx: Float64Array;
  readonly nvy: Float64Array;
  readonly v0: Float64Array;
  readonly radius: Float64Array;
  /** Time at which the agent starts walking (end of its premovement), seconds. */
  readonly start: Float64Array;
  /** Floor field (exit) the agent follows. */
  readonly field: Int32Array;
  /**
   * Exit whose area the move of this step ends in (−1: none), written by the kernels so that the serial
   * commit does not look positions up in the fine grid.
   */
  readonly reached: Int16Array;
  readonly status: Uint8Array;
}

const F64_FIELDS = ['x', 'y', 'vx', 'vy', 'nx', 'ny', 'nvx', 'nvy', 'v0', 'radius', 'start'] as const;

/**
 * Allocates the arrays of `count` agents in one SharedArrayBuffer.
 * @example
 * const agents = allocateAgents(1000);
 * agents.x.length; // 1000
 */
export function allocateAgents(count: number): AgentArrays {
  const n = Math.max(1, count);
  const bytes = F64_FIELDS.length * 8 * n + 4 * n + 2 * n + n;
  const buffer = new SharedArrayBuffer(Math.ceil(bytes / 8) * 8);
  const out: Record<string, unknown> = { count };
  F64_FIELDS.forEach((name, k) => (out[name] = new Float64Array(buffer, k * 8 * n, n)));
  out.field = new Int32Array(buffer, F64_FIELDS.length * 8 * n, n);
  out.reached = new Int16Array(buffer, F64_FIELDS.length * 8 * n + 4 * n, n).fill(-1);
  out.status = new Uint8Array(buffer, F64_FIELDS.length * 8 * n + 6 * n, n);
  return out as unknown as AgentArrays;
}
