import type { OrgKind, Organisation } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { agencyGroups } from './SignOffAgencies.ts';

let n = 0;
const org = (
  name: string,
  kind: OrgKind,
  country: string | null,
  parentId: string | null = null,
): Organisation => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  slug: name.toLowerCase().replace(/[^a-z]+/g, '-'),
  name,
  kind,
  country,
  languages: [],
  location: null,
  parentId,
});

const nice = org('Ville de Nice', 'city', 'FR');
const police = org('Police municipale de Nice', 'local-police', 'FR', nice.id);
const sdis = org('SDIS 06', 'fire', 'FR');
const samu = org('SAMU 06', 'ambulance', 'FR');
const liege = org('Ville de Liège', 'city', 'BE');
const liegePolice = org('Police de Liège', 'local-police', 'BE', liege.id);
const paris = org('Ville de Paris', 'city', 'FR');
const parisPolice = org('Police de Paris', 'local-police', 'FR', paris.id);
const efus = org('Efus', 'network-coordinator', null);
const all = [nice, police, sdis, samu, liege, liegePolice, paris, parisPolice, efus];

describe('agencyGroups', () => {
  it('offers the city’s own services and its country’s emergency services first, then its networks, then the rest', () => {
    const network = {
      members: [
        { org: nice, role: 'lead' as const },
        { org: liege, role: 'consortium' as const },
        { org: efus, role: 'associated' as const },
      ],
    };
    const groups = agencyGroups(all, [network], nice.id);
    expect(groups.services.map((o) => o.name)).toEqual(['Police municipale de Nice', 'SAMU 06', 'SDIS 06']);
    expect(groups.networks.map((o) => o.name)).toEqual(['Efus', 'Ville de Liège']);
    expect(groups.others.map((o) => o.name)).toEqual([
      'Police de Liège',
      'Police de Paris',
      'Ville de Paris',
    ]);
  });

  it('never offers the acting organisation, and lists each organisation once', () => {
    const network = {
      members: [
        { org: nice, role: 'lead' as const },
        { org: sdis, role: 'associated' as const },
      ],
    };
    const groups = agencyGroups(all, [network, network], nice.id);
    const ids = [...groups.services, ...groups.networks, ...groups.others].map((o) => o.id);
    expect(ids).not.toContain(nice.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(all.length - 1);
    expect(groups.networks).toEqual([]);
  });

  it('offers no country’s services to an organisation without a country', () => {
    expect(agencyGroups(all, [], efus.id).services).toEqual([]);
  });
});
