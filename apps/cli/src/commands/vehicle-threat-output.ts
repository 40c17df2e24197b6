import type { ClassThreat, SpeedBand, ThreatEntry, ZoneThreat } from '@pactesur/vehicle';

const r1 = (x: number): number => Math.round(x * 10) / 10;
const r7 = (x: number): number => Math.round(x * 1e7) / 1e7;

/** One entry as printed by `vehicle-threat --json`. */
export interface EntrySummary {
  readonly speedKmh: number;
  readonly energyKJ: number;
  readonly runUpM: number;
  readonly angleDeg: number;
  readonly at: readonly [number, number];
  /** With `--sensitivity`: the band of the speed over this entry's stretch of perimeter. */
  readonly band?: SpeedBand;
}

/** One class as printed by `vehicle-threat --json`. */
export interface ClassSummary {
  readonly class: string;
  readonly maxSpeedKmh: number;
  readonly maxEnergyKJ: number;
  readonly entries: readonly EntrySummary[];
  /** With `--sensitivity`: the band of the class's worst speed over the variants. */
  readonly band?: SpeedBand;
}

const bandOf = (b: SpeedBand | undefined): { band?: SpeedBand } =>
  b ? { band: { lowKmh: r1(b.lowKmh), highKmh: r1(b.highKmh) } } : {};

const entrySummary = (e: ThreatEntry): EntrySummary => ({
  speedKmh: r1(e.speedKmh),
  energyKJ: r1(e.energyKJ),
  runUpM: r1(e.runUpM),
  angleDeg: r1(e.angleDeg),
  at: [r7(e.at[0]), r7(e.at[1])],
  ...bandOf(e.band),
});

/**
 * The printed summary: per class, the entries of every zone together, highest speed first.
 *
 * @example
 * summarise(zones); // { classes: [{ class: 'car', maxSpeedKmh: 61.2, … }] }
 */
export function summarise(zones: readonly ZoneThreat[]): { classes: ClassSummary[] } {
  const ids = zones[0]?.classes.map((c) => c.class) ?? [];
  return {
    classes: ids.map((id) => {
      const all = zones.flatMap((z) => z.classes.filter((c) => c.class === id));
      const entries = all.flatMap((c) => c.entries).sort((a, b) => b.speedKmh - a.speedKmh);
      const top = entries[0];
      // Across zones the band runs from the lowest low to the highest high.
      const bands = all.flatMap((c) => (c.band ? [c.band] : []));
      const band =
        bands.length > 0
          ? {
              lowKmh: Math.min(...bands.map((b) => b.lowKmh)),
              highKmh: Math.max(...bands.map((b) => b.highKmh)),
            }
          : undefined;
      return {
        class: id,
        maxSpeedKmh: top ? r1(top.speedKmh) : 0,
        maxEnergyKJ: top ? r1(top.energyKJ) : 0,
        entries: entries.map(entrySummary),
        ...bandOf(band),
      };
    }),
  };
}

/**
 * The full result as a GeoJSON FeatureCollection: every perimeter point (with its worst hit) and the
 * worst run-up path of every entry.
 *
 * @example
 * JSON.stringify(toGeoJson(zones));
 */
export function toGeoJson(zones: readonly ZoneThreat[]): object {
  const features: object[] = [];
  for (const z of zones)
    for (const c of z.classes) {
      for (const p of c.points)
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [r7(p.at[0]), r7(p.at[1])] },
          properties: {
            kind: 'perimeter-point',
            zone: z.zone,
            class: c.class,
            atM: r1(p.atM),
            ...hitProps(p.hit),
          },
        });
      for (const e of c.entries)
        features.push({
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: e.path.map((q) => [r7(q[0]), r7(q[1])]) },
          properties: {
            kind: 'worst-path',
            zone: z.zone,
            class: c.class,
            fromM: r1(e.fromM),
            toM: r1(e.toM),
            origin: [r7(e.origin[0]), r7(e.origin[1])],
            ...(e.originSpeedKmh === undefined ? {} : { originSpeedKmh: r1(e.originSpeedKmh) }),
            ...hitProps(e),
            ...bandOf(e.band),
          },
        });
    }
  return { type: 'FeatureCollection', features };
}

function hitProps(h: ThreatEntry | ClassThreat['points'][number]['hit']): object {
  if (!h) return { speedKmh: 0, energyKJ: 0 };
  return {
    speedKmh: r1(h.speedKmh),
    energyKJ: r1(h.energyKJ),
    runUpM: r1(h.runUpM),
    angleDeg: r1(h.angleDeg),
  };
}

/**
 * A readable table of the summary.
 *
 * @example
 * process.stdout.write(formatSummary(summarise(zones)));
 */
export function formatSummary(s: { classes: readonly ClassSummary[] }): string {
  const lines: string[] = [];
  for (const c of s.classes) {
    const band = c.band ? ` (band ${c.band.lowKmh}–${c.band.highKmh} km/h)` : '';
    lines.push(
      c.entries.length === 0
        ? `${c.class}: cannot reach the zone${band}`
        : `${c.class}: up to ${c.maxSpeedKmh} km/h${band}, ${c.maxEnergyKJ} kJ, ${c.entries.length} entries`,
    );
    for (const e of c.entries.slice(0, 5))
      lines.push(
        `  ${e.speedKmh} km/h  ${e.energyKJ} kJ  run-up ${e.runUpM} m  ${e.angleDeg}°  at ${e.at[0]}, ${e.at[1]}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
