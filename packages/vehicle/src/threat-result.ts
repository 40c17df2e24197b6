import type { LngLat } from '@pactesur/geo';

/** The worst run-up reaching one place of the perimeter. */
export interface ThreatHit {
  /** Arc position along the perimeter (m from its first corner). */
  readonly atM: number;
  readonly at: LngLat;
  readonly speedKmh: number;
  readonly energyKJ: number;
  /** Angle between the heading and the perimeter: 90° is head-on. */
  readonly angleDeg: number;
  /** Distance driven from the origin to the perimeter (m). */
  readonly runUpM: number;
  /** The run-up path from the origin to the impact point. */
  readonly path: readonly LngLat[];
  readonly origin: LngLat;
  /**
   * Speed (km/h) at the origin: 0 from standstill, the traffic speed where a road enters from beyond the
   * data, the rolling start speed when one is set; where a speed-gaining loop cuts the rebuilt path, the
   * speed at the cut. Always set by `analyseThreat`.
   */
  readonly originSpeedKmh?: number;
  /** The directed graph edges of the path, in driving order (the last one crosses the perimeter). */
  readonly edges: readonly number[];
}

/** One perimeter point (every few metres): its worst hit, or none when no vehicle of the class gets there. */
export interface PerimeterPoint {
  readonly atM: number;
  readonly at: LngLat;
  readonly hit: ThreatHit | null;
}

/** Lowest and highest speed (km/h) over the sensitivity variants, the nominal run included. */
export interface SpeedBand {
  readonly lowKmh: number;
  readonly highKmh: number;
}

/** A class's band: speeds and kinetic energies (½·m·v², the class mass). */
export interface ThreatBand extends SpeedBand {
  readonly lowKJ: number;
  readonly highKJ: number;
}

/** One sensitivity re-run of a class (HVM.md §3) and its worst speed. */
export interface VariantThreat {
  /** The variant id, e.g. `power-low` (see `sensitivityVariants`). */
  readonly variant: string;
  readonly powerKw: number;
  readonly lateralG: number;
  /** Rolling start speed (km/h) at every node. */
  readonly startSpeedKmh: number;
  readonly maxSpeedKmh: number;
  readonly maxEnergyKJ: number;
  readonly states: number;
}

/** A contiguous stretch of perimeter reached by the same approach, with its worst hit. */
export interface ThreatEntry extends ThreatHit {
  readonly fromM: number;
  readonly toM: number;
  /** With sensitivity: the band of the worst speed over this stretch of perimeter. */
  readonly band?: SpeedBand;
}

/** Results of one vehicle class for one zone. */
export interface ClassThreat {
  readonly class: string;
  /** 0 when the class cannot reach the zone. */
  readonly maxSpeedKmh: number;
  readonly maxEnergyKJ: number;
  readonly points: readonly PerimeterPoint[];
  /** Sorted by speed, highest first. */
  readonly entries: readonly ThreatEntry[];
  /** States settled by the search. */
  readonly states: number;
  /** With sensitivity: the band of the worst speed and energy over the variants. */
  readonly band?: ThreatBand;
  /** With sensitivity: each variant's run. */
  readonly variants?: readonly VariantThreat[];
}

/** Results for one protected zone. */
export interface ZoneThreat {
  readonly zone: string;
  readonly perimeterM: number;
  readonly classes: readonly ClassThreat[];
  /** With sensitivity: the ids of the variants that ran, in order (the nominal run is not listed). */
  readonly variants?: readonly string[];
}
