import { corridorSpeed } from '../fd/corridor-speed.ts';
import { weidmannSpeed } from '../fd/weidmann.ts';
import type { FdPoint } from '../fd/juelich.ts';
import type { RimeaOutcome } from './rimea-outcome.ts';
import { defaults } from './setup.ts';

/** RiMEA's densities (persons/m²); the social force model's 0.25 m bodies cannot be packed beyond 4. */
const DENSITIES = [0.5, 1, 2, 3, 4, 5, 6];
/** Single-file densities (persons/m), as in the Jülich single-file runs. */
export const SINGLE_FILE_DENSITIES = [0.5, 1, 1.5, 2, 2.4];

/**
 * The simulated fundamental diagram: mean speed in a 2 × 2 m area of a periodic corridor (4 m wide, 8 m
 * or longer)
 * over 60 s after a 10 s transient, at each density; single file in a 0.6 m wide, 20 m periodic lane.
 * @example
 * const { plane, singleFile } = fundamentalDiagram('cfsm');
 */
export function fundamentalDiagram(kind: 'cfsm' | 'sfm'): { plane: FdPoint[]; singleFile: FdPoint[] } {
  const measure = (density: number, length: number, width: number): FdPoint => {
    // In a closed single-file loop the slowest person would set everyone's pace: single file walks at
    // Weidmann's mean free speed, as the diagram is about the headway–speed relation.
    const v0 = width <= 0.8 ? { dist: 'constant' as const, value: 1.34 } : undefined;
    const r = corridorSpeed({ model: defaults(kind), density, length, width, v0 });
    if (!r.ok) throw new Error(`fundamental diagram set-up failed: ${JSON.stringify(r.error)}`);
    return { density: r.value.measuredDensity, speed: r.value.speed };
  };
  // At low densities the corridor is lengthened to hold at least 120 people, so that the sample of
  // free speeds (and the slowest person of a lane) does not dominate the mean.
  const plane = DENSITIES.filter((d) => kind === 'cfsm' || d <= 4).map((d) =>
    measure(d, Math.max(8, Math.ceil(120 / (4 * d))), 4),
  );
  const singleFile = SINGLE_FILE_DENSITIES.filter((d) => kind === 'cfsm' || d <= 1.9).map((d) =>
    measure(d, 20, 0.6),
  );
  return {
    plane: plane.sort((a, b) => a.density - b.density),
    singleFile: singleFile.sort((a, b) => a.density - b.density),
  };
}

/**
 * RiMEA test 4: the fundamental diagram must be close to Weidmann's: mean absolute difference ≤ 0.15
 * m/s up to 4 persons/m², none above 0.25 m/s, speed falling with density. (The comparison with the
 * Jülich measurements is in `fd/`.)
 * @example
 * rimea4('cfsm').figures.meanAbsErrorToWeidmann;
 */
export function rimea4(kind: 'cfsm' | 'sfm', diagram = fundamentalDiagram(kind)): RimeaOutcome {
  const { plane, singleFile } = diagram;
  const upTo4 = plane.filter((p) => p.density <= 4.2);
  const errors = upTo4.map((p) => Math.abs(p.speed - weidmannSpeed(p.density)));
  const mae = errors.reduce((s, e) => s + e, 0) / errors.length;
  const worst = Math.max(...errors);
  const falling = plane.every((p, k) => k === 0 || p.speed <= (plane[k - 1] as FdPoint).speed + 0.1);
  return {
    test: 4,
    title: 'fundamental diagram in a periodic corridor, and single file',
    model: kind,
    criterion:
      'mean |v − Weidmann| ≤ 0.15 m/s up to 4 /m², none above 0.25 m/s, speed falling with density (±0.1 m/s)',
    figures: {
      density: plane.map((p) => r2(p.density)),
      speed: plane.map((p) => r2(p.speed)),
      weidmann: plane.map((p) => r2(weidmannSpeed(p.density))),
      singleFileDensity: singleFile.map((p) => r2(p.density)),
      singleFileSpeed: singleFile.map((p) => r2(p.speed)),
      meanAbsErrorToWeidmann: r2(mae),
      worstErrorToWeidmann: r2(worst),
    },
    pass: mae <= 0.15 && worst <= 0.25 && falling,
  };
}

function r2(v: number): number {
  return Math.round(v * 100) / 100;
}
