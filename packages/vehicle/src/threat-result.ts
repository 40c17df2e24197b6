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
  /** The directed graph edges of the path, in driving order (the last one crosses the perimeter). */
  readonly edges: readonly number[];
}

/** One perimeter point (every few metres): its worst hit, or none when no vehicle of the class gets there. */
export interface PerimeterPoint {
  readonly atM: number;
  readonly at: LngLat;
  readonly hit: ThreatHit | null;
}

/** A contiguous stretch of perimeter reached by the same approach, with its worst hit. */
export interface ThreatEntry extends ThreatHit {
  readonly fromM: number;
  readonly toM: number;
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
}

/** Results for one protected zone. */
export interface ZoneThreat {
  readonly zone: string;
  readonly perimeterM: number;
  readonly classes: readonly ClassThreat[];
}
