import type { MyMembership, Network, NetworkRole } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { readerRights } from './readerRights.ts';

const org = (id: string, role: NetworkRole) => ({
  role,
  org: {
    id,
    slug: id,
    name: id,
    kind: 'city' as const,
    country: 'FR',
    languages: [],
    location: null,
    parentId: null,
  },
});

const network: Network = {
  id: 'n',
  slug: 'pactesur-2',
  name: 'PACTESUR 2',
  periodStart: null,
  periodEnd: null,
  memberCount: 3,
  description: '',
  members: [org('nice', 'lead'), org('liege', 'consortium'), org('riga', 'associated')],
};

const acting = (orgId: string, role: MyMembership['role']): MyMembership => ({
  orgId,
  orgName: orgId,
  orgKind: 'city',
  role,
});

describe('readerRights', () => {
  it('lets the editors of the lead and consortium keep the programme', () => {
    expect(readerRights(network, acting('nice', 'editor'))).toEqual({
      member: true,
      canRegister: true,
      canManage: true,
    });
    expect(readerRights(network, acting('liege', 'admin')).canManage).toBe(true);
  });

  it('lets an associated city register but not keep the programme', () => {
    expect(readerRights(network, acting('riga', 'editor'))).toEqual({
      member: true,
      canRegister: true,
      canManage: false,
    });
  });

  it('lets a member’s analyst or viewer only read', () => {
    expect(readerRights(network, acting('nice', 'analyst'))).toEqual({
      member: true,
      canRegister: false,
      canManage: false,
    });
  });

  it('gives nothing to an organisation outside the network, nor to a reader without an account', () => {
    const none = { member: false, canRegister: false, canManage: false };
    expect(readerRights(network, acting('madrid', 'admin'))).toEqual(none);
    expect(readerRights(network, null)).toEqual(none);
  });
});
