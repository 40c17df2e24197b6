import type { NetworkMember } from '@pactesur/contracts';
import type { FeatureCollection, Point } from 'geojson';
import { ROLE_COLOURS } from './roleColours.ts';

export interface MemberProperties {
  readonly orgId: string;
  readonly name: string;
  readonly role: NetworkMember['role'];
  readonly colour: string;
}

/** Members with a location, as GeoJSON points carrying their role colour. Members without one are left out. */
export function memberFeatures(
  members: readonly NetworkMember[],
): FeatureCollection<Point, MemberProperties> {
  return {
    type: 'FeatureCollection',
    features: members.flatMap(({ org, role }) =>
      org.location
        ? [
            {
              type: 'Feature' as const,
              id: org.id,
              properties: { orgId: org.id, name: org.name, role, colour: ROLE_COLOURS[role] },
              geometry: { type: 'Point' as const, coordinates: [org.location[0], org.location[1]] },
            },
          ]
        : [],
    ),
  };
}

/** West, south, east, north of the members' locations, or null when none has one. */
export function boundsOf(collection: FeatureCollection<Point>): [number, number, number, number] | null {
  if (collection.features.length === 0) return null;
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const f of collection.features) {
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    w = Math.min(w, lon);
    s = Math.min(s, lat);
    e = Math.max(e, lon);
    n = Math.max(n, lat);
  }
  return [w, s, e, n];
}

/** A short label for the map: the name without its parenthesis, cut at `max` characters. */
export function shortName(name: string, max = 26): string {
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '');
  return bare.length <= max ? bare : `${bare.slice(0, max - 1).trimEnd()}…`;
}
