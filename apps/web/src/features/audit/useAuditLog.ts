import type { AuditAction, AuditEntry } from '@pactesur/contracts';
import { useCallback, useEffect, useState } from 'react';
import { api, isSignedOut } from '../../api.ts';
import { useSession } from '../../session/useSession.tsx';

const PAGE = 50;

export interface AuditLog {
  readonly entries: readonly AuditEntry[];
  /** Cursor of the next (older) page, null at the end. */
  readonly next: number | null;
  readonly loading: boolean;
  readonly error: unknown;
  readonly loadOlder: () => void;
}

/** The acting organisation's audit log, newest first, one page at a time, filtered by action. */
export function useAuditLog(orgId: string, action: AuditAction | null): AuditLog {
  const { lost } = useSession();
  const [entries, setEntries] = useState<readonly AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (before: number | undefined, isLive: () => boolean) => {
      setLoading(true);
      setError(null);
      try {
        const page = await api.audit({
          limit: PAGE,
          ...(action && { action }),
          ...(before !== undefined && { before }),
        });
        if (!isLive()) return;
        setEntries((old) => (before === undefined ? page.entries : [...old, ...page.entries]));
        setNext(page.next);
      } catch (failure) {
        if (!isLive()) return;
        if (isSignedOut(failure)) lost();
        setError(failure);
      } finally {
        if (isLive()) setLoading(false);
      }
    },
    [action, lost],
  );

  useEffect(() => {
    let live = true;
    setEntries([]);
    void load(undefined, () => live);
    return () => {
      live = false;
    };
  }, [load, orgId]);

  const loadOlder = useCallback(() => {
    if (next !== null) void load(next, () => true);
  }, [load, next]);

  return { entries, next, loading, error, loadOlder };
}
