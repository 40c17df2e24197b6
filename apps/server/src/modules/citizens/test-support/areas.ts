import type { PactesurClient } from '@pactesur/api-client';
import type { Polygon, ReportCategory } from '@pactesur/contracts';

/** A rectangle as a closed GeoJSON polygon, from its south-west to its north-east corner. */
export const rectangle = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
});

/** Central Nice (about 7.25–7.29 E, 43.69–43.71 N), and the old town inside it. */
export const CENTRAL_NICE = rectangle(7.25, 43.69, 7.29, 43.71);
export const OLD_TOWN = rectangle(7.27, 43.693, 7.28, 43.7);

/** Places: in the old town; in central Nice outside the old town; outside both. */
export const IN_OLD_TOWN: [number, number] = [7.275, 43.696];
export const IN_CENTRE: [number, number] = [7.255, 43.705];
export const OUTSIDE: [number, number] = [7.2, 43.66];

/** The city takes these categories over central Nice, its police those over the old town. */
export const CITY_CATEGORIES: ReportCategory[] = ['lighting-fault', 'damaged-barrier', 'other', 'event-safety', 'crowding'];
export const POLICE_CATEGORIES: ReportCategory[] = ['unattended-item', 'blocked-emergency-access', 'suspicious-vehicle', 'crowding'];

/** Declares the city's and its police's coverage, as their admins. */
export async function coverNice(city: PactesurClient, police: PactesurClient): Promise<void> {
  await city.createCoverage({ name: 'Central Nice', categories: CITY_CATEGORIES, area: CENTRAL_NICE });
  await police.createCoverage({ name: 'Old town', categories: POLICE_CATEGORIES, area: OLD_TOWN });
}
