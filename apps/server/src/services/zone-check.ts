import type { Polygon } from '@pactesur/contracts';
import { parseZones } from '@pactesur/vehicle';
import { AppError } from '../errors/app-error.ts';

/**
 * Checks a protected zone before a job runs on it: a closed, simple polygon (as the vehicle analysis reads
 * it) that reaches into the extract's bounds when they are known. Refused with `zone_invalid`.
 */
export function checkZone(zone: Polygon, bounds: readonly [number, number, number, number] | null | undefined): void {
  const parsed = parseZones(zone);
  if (!parsed.ok) throw new AppError('zone_invalid', `The zone is refused: ${parsed.error.message}.`, [{ path: 'zone', message: parsed.error.code }]);
  if (bounds && !zone.coordinates[0]?.some(([lon, lat]) => lon >= bounds[0] && lon <= bounds[2] && lat >= bounds[1] && lat <= bounds[3]))
    throw new AppError('zone_invalid', 'The zone lies outside the map data of the site.', [{ path: 'zone', message: 'zone-outside-data' }]);
}
