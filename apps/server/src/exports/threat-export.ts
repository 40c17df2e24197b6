import { OSM_ATTRIBUTION, type ClassThreat, type ThreatAnalysis, type ThreatResult } from '@pactesur/contracts';
import { csvField } from '../services/audit-service.ts';

/** The attribution of files that leave the platform: the contracts' one, with the licence named. */
export const EXPORT_ATTRIBUTION = `${OSM_ATTRIBUTION} (ODbL)`;

const classesOf = (result: ThreatResult, classId: string | undefined): ClassThreat[] =>
  classId === undefined ? result.classes : result.classes.filter((c) => c.class === classId);

/**
 * The analysis as a GeoJSON FeatureCollection: the zone, each class's perimeter points (worst impact speed,
 * energy, angle, entry) and each entry's worst run-up path (a LineString from the origin to the impact).
 */
export function threatGeoJson(analysis: ThreatAnalysis, result: ThreatResult, classId?: string): object {
  const features: object[] = [
    { type: 'Feature', properties: { layer: 'zone', name: analysis.name, perimeterM: result.perimeterM }, geometry: analysis.zone },
  ];
  for (const c of classesOf(result, classId)) {
    for (const p of c.points)
      features.push({
        type: 'Feature',
        properties: { layer: 'perimeter-point', class: c.class, atM: p.atM, speedKmh: p.speedKmh, energyKJ: p.energyKJ, angleDeg: p.angleDeg, entry: p.entry },
        geometry: { type: 'Point', coordinates: p.at },
      });
    for (const [i, e] of c.entries.entries())
      features.push({
        type: 'Feature',
        properties: {
          layer: 'worst-path', class: c.class, entry: i, rank: i + 1, speedKmh: e.speedKmh, energyKJ: e.energyKJ, runUpM: e.runUpM,
          angleDeg: e.angleDeg, fromM: e.fromM, toM: e.toM, bandLowKmh: e.band?.lowKmh ?? null, bandHighKmh: e.band?.highKmh ?? null,
        },
        geometry: { type: 'LineString', coordinates: e.path },
      });
  }
  return {
    type: 'FeatureCollection',
    attribution: EXPORT_ATTRIBUTION,
    analysis: { id: analysis.id, name: analysis.name, siteId: analysis.siteId, createdAt: analysis.createdAt, variants: result.variants },
    features,
  };
}

const CSV_HEADER = [
  'analysis', 'class', 'class_name', 'rank', 'speed_kmh', 'energy_kj', 'run_up_m', 'angle_deg', 'impact_lon', 'impact_lat',
  'perimeter_from_m', 'perimeter_to_m', 'origin_lon', 'origin_lat', 'band_low_kmh', 'band_high_kmh',
];

/** One row per entry and class, most dangerous first within each class (a class not reaching the zone: one row, speed 0). */
export function threatCsv(analysis: ThreatAnalysis, result: ThreatResult, classId?: string): string {
  const lines = [CSV_HEADER.join(',')];
  const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  for (const c of classesOf(result, classId)) {
    const head = [csvField(analysis.name), csvField(c.class), csvField(c.name)];
    if (c.entries.length === 0) lines.push([...head, '', '0', '0', '', '', '', '', '', '', '', '', '', ''].join(','));
    for (const [i, e] of c.entries.entries())
      lines.push(
        [
          ...head, String(i + 1), num(e.speedKmh), num(e.energyKJ), num(e.runUpM), num(e.angleDeg), num(e.at[0]), num(e.at[1]),
          num(e.fromM), num(e.toM), num(e.origin[0]), num(e.origin[1]), num(e.band?.lowKmh), num(e.band?.highKmh),
        ].join(','),
      );
  }
  return `${lines.join('\r\n')}\r\n`;
}
