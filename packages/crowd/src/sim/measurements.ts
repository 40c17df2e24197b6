import { crossParam, pointInRing, ringArea, type Point, type Ring } from '../geometry/vec.ts';
import { OUT, type AgentArrays } from './agents.ts';

// Imported constants copied once: hot loops read a local, not a module binding.
const S_OUT = OUT;

/** A counting line. */
export interface MeasureLine {
  readonly id: string;
  readonly from: Point;
  readonly to: Point;
}

/** A measurement area. */
export interface MeasureArea {
  readonly id: string;
  readonly polygon: Ring;
}

/** Crossings of one line. */
export interface LineResult {
  readonly id: string;
  readonly crossings: number;
  /** Crossings per second between the first and the last crossing (0 with fewer than two). */
  readonly flowPerS: number;
  readonly firstS: number | null;
  readonly lastS: number | null;
}

/** Density and mean speed time series of one area. */
export interface AreaResult {
  readonly id: string;
  readonly areaM2: number;
  readonly t: readonly number[];
  /** Persons per square metre. */
  readonly density: readonly number[];
  /** Mean speed of the persons inside, m/s (0 when empty). */
  readonly speed: readonly number[];
}

/**
 * Counts line crossings as agents move and samples areas at a fixed interval.
 * @example
 * const m = new Measurements([{ id: 'door', from: [0, 0], to: [1, 0] }], []);
 * m.move(0.5, -0.1, 0.5, 0.1, 3.2);
 * m.lineResults()[0]?.crossings; // 1
 */
export class Measurements {
  private readonly crossings: number[];
  private readonly first: (number | null)[];
  private readonly last: (number | null)[];
  private readonly series: { t: number[]; density: number[]; speed: number[] }[];
  private readonly areaSizes: number[];

  constructor(
    readonly lines: readonly MeasureLine[],
    readonly areas: readonly MeasureArea[],
  ) {
    this.crossings = lines.map(() => 0);
    this.first = lines.map(() => null);
    this.last = lines.map(() => null);
    this.series = areas.map(() => ({ t: [], density: [], speed: [] }));
    this.areaSizes = areas.map((a) => Math.abs(ringArea(a.polygon)));
  }

  /** Records the crossings of the move (x0, y0) → (x1, y1) made during the step ending at time t. */
  move(x0: number, y0: number, x1: number, y1: number, t: number): void {
    for (let l = 0; l < this.lines.length; l++) {
      const line = this.lines[l] as MeasureLine;
      if (crossParam(x0, y0, x1, y1, line.from[0], line.from[1], line.to[0], line.to[1]) < 0) continue;
      this.crossings[l] = (this.crossings[l] as number) + 1;
      if (this.first[l] === null) this.first[l] = t;
      this.last[l] = t;
    }
  }

  /** Samples density and mean speed in every area at time t. */
  sample(agents: AgentArrays, t: number): void {
    this.areas.forEach((area, a) => {
      let n = 0;
      let speed = 0;
      for (let i = 0; i < agents.count; i++) {
        if (agents.status[i] === S_OUT) continue;
        if (!pointInRing(agents.x[i] as number, agents.y[i] as number, area.polygon)) continue;
        n++;
        speed += Math.hypot(agents.vx[i] as number, agents.vy[i] as number);
      }
      const s = this.series[a] as { t: number[]; density: number[]; speed: number[] };
      s.t.push(round(t));
      s.density.push(n / (this.areaSizes[a] as number));
      s.speed.push(n > 0 ? speed / n : 0);
    });
  }

  lineResults(): LineResult[] {
    return this.lines.map((line, l) => {
      const n = this.crossings[l] as number;
      const f = this.first[l] ?? null;
      const z = this.last[l] ?? null;
      return {
        id: line.id,
        crossings: n,
        flowPerS: n > 1 && f !== null && z !== null && z > f ? (n - 1) / (z - f) : 0,
        firstS: f,
        lastS: z,
      };
    });
  }

  areaResults(): AreaResult[] {
    return this.areas.map((area, a) => {
      const s = this.series[a] ?? { t: [], density: [], speed: [] };
      return { id: area.id, areaM2: this.areaSizes[a] as number, t: s.t, density: s.density, speed: s.speed };
    });
  }
}

function round(t: number): number {
  return Math.round(t * 1e6) / 1e6;
}
