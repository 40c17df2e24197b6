import type { DensityLevel } from '@pactesur/contracts';

/** A band of the density gauge: a level, from and to in persons/m², and as shares (0–1) of the gauge's width. */
export interface GaugeBand {
  readonly level: DensityLevel;
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly width: number;
}

export interface GaugeScale {
  /** The density at the right end of the gauge (persons/m²). */
  readonly max: number;
  readonly bands: readonly GaugeBand[];
  /** Where the density stands, as a share (0–1) of the gauge's width. */
  readonly marker: number;
}

/** How far the gauge goes past the critical density, as a multiple of it: room to show a crowd beyond it. */
const HEADROOM = 1.4;

/**
 * The density gauge: the four levels between the thresholds (busy, unstable, critical: 2 / 4 / 5
 * persons/m² by default) and the density's place on it. The gauge reaches 1.4 × the critical density, or the
 * density itself when higher, so the critical band always shows.
 *
 * @example densityGauge(3, [2, 4, 5]).marker // 3 / 7 ≈ 0.43
 */
export function densityGauge(density: number, thresholds: readonly [number, number, number]): GaugeScale {
  const [busy, unstable, critical] = thresholds;
  const value = Number.isFinite(density) && density > 0 ? density : 0;
  const max = Math.max(critical * HEADROOM, value);
  const edges: [DensityLevel, number, number][] = [
    ['normal', 0, busy],
    ['busy', busy, unstable],
    ['unstable', unstable, critical],
    ['critical', critical, max],
  ];
  return {
    max,
    bands: edges.map(([level, from, to]) => ({
      level,
      from,
      to,
      start: from / max,
      width: (to - from) / max,
    })),
    marker: max > 0 ? value / max : 0,
  };
}
