import { ROLE_RANK, type MyMembership, type Network } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useResource, type Resource } from '../../ui/useResource.ts';
import { readerRights } from '../network/programme/readerRights.ts';

/**
 * The networks in which the reader's organisation keeps the courses (its lead and consortium partners'
 * editors): where the reader may create one. None for a viewer or an analyst, or before choosing an
 * organisation.
 */
export function useManagedNetworks(membership: MyMembership | null): Resource<Network[]> {
  return useResource(
    async () => {
      if (!membership || ROLE_RANK[membership.role] < ROLE_RANK.editor) return [];
      const summaries = await api.listNetworks();
      const networks = await Promise.all(summaries.map((n) => api.getNetwork(n.slug)));
      return networks.filter((n) => readerRights(n, membership).canManage);
    },
    `${membership?.orgId ?? ''}:${membership?.role ?? ''}`,
  );
}
