import type { NetworkMember } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { memberFeatures, shortName } from './memberFeatures.ts';

const member = (
  id: string,
  location: [number, number] | null,
  role: NetworkMember['role'],
): NetworkMember => ({
  role,
  org: {
    id,
    slug: id,
    name: `Org ${id}`,
    kind: 'city',
    country: 'FR',
    languages: [],
    location,
    parentId: null,
  },
});

describe('memberFeatures', () => {
  it('makes one coloured point per located member and skips the others', () => {
    const fc = memberFeatures([
      member('a', [7.27, 43.7], 'lead'),
      member('b', null, 'associated'),
      member('c', [-3.7, 40.4], 'consortium'),
    ]);
    expect(fc.features.map((f) => f.properties.orgId)).toEqual(['a', 'c']);
    expect(fc.features[0]?.properties.colour).toBe('#b42318');
    expect(fc.features[1]?.geometry.coordinates).toEqual([-3.7, 40.4]);
  });

  it('has no point for a network whose members have no place', () => {
    expect(memberFeatures([member('b', null, 'observer')]).features).toEqual([]);
  });
});

describe('shortName', () => {
  it('drops a trailing parenthesis and cuts long names', () => {
    expect(shortName('ANCI Piemonte (association of municipalities of Piedmont)')).toBe('ANCI Piemonte');
    expect(shortName('Rīgas valstspilsētas pašvaldība', 12)).toBe('Rīgas valst…');
  });
});
