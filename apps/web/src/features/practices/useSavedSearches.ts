import type { SavedSearch, SaveSavedSearchInput } from '@pactesur/contracts';
import { useCallback, useMemo } from 'react';
import { api } from '../../api.ts';
import { useResource } from '../../ui/useResource.ts';

/** The user's saved searches of practices, for the organisation they act for, and the changes to them. */
export interface SavedSearches {
  readonly list: readonly SavedSearch[] | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  readonly save: (body: SaveSavedSearchInput) => Promise<SavedSearch>;
  /** Renames it, or turns its notifications on or off: the whole search is sent back. */
  readonly update: (saved: SavedSearch, change: { name?: string; notify?: boolean }) => Promise<SavedSearch>;
  readonly remove: (saved: SavedSearch) => Promise<void>;
}

/**
 * The saved searches of the signed-in user acting for `orgId` (each user keeps their own per organisation);
 * null for a reader without an account, who keeps none. Each change updates the list once the API took it.
 */
export function useSavedSearches(orgId: string | null): SavedSearches | null {
  const resource = useResource(
    () => (orgId === null ? Promise.resolve([]) : api.listSavedSearches()),
    orgId ?? 'public',
  );
  const { setData } = resource;

  const save = useCallback(
    async (body: SaveSavedSearchInput) => {
      const made = await api.saveSearch(body);
      setData((list) => [...(list ?? []), made]);
      return made;
    },
    [setData],
  );
  const update = useCallback(
    async (saved: SavedSearch, change: { name?: string; notify?: boolean }) => {
      const next = await api.updateSavedSearch(saved.id, {
        name: change.name ?? saved.name,
        search: saved.search,
        notify: change.notify ?? saved.notify,
      });
      setData((list) => list?.map((s) => (s.id === next.id ? next : s)));
      return next;
    },
    [setData],
  );
  const remove = useCallback(
    async (saved: SavedSearch) => {
      await api.deleteSavedSearch(saved.id);
      setData((list) => list?.filter((s) => s.id !== saved.id));
    },
    [setData],
  );

  const value = useMemo(
    () => ({ list: resource.data, error: resource.error, loading: resource.loading, save, update, remove }),
    [resource.data, resource.error, resource.loading, save, update, remove],
  );
  return orgId === null ? null : value;
}
