import type { NetworkMember } from '@pactesur/contracts';
import type { FeatureCollection, Point } from 'geojson';
import { pointFeatures } from '../../../map/pointsLayer.ts';
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
  return pointFeatures(
    members,
    (m) => m.org.location,
    ({ org, role }) => ({ orgId: org.id, name: org.name, role, colour: ROLE_COLOURS[role] }),
  );
}

/** A short label for the map: the name without its parenthesis, cut at `max` characters. */
export function shortName(name: string, max = 26): string {
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '');
  return bare.length <= max ? bare : `${bare.slice(0, max - 1).trimEnd()}…`;
}
