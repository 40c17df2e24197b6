import type { WebhookDelivery } from '@pactesur/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, isSignedOut } from '../../api.ts';
import { useSession } from '../../session/useSession.tsx';

const PAGE = 20;

export interface Deliveries {
  readonly deliveries: readonly WebhookDelivery[];
  /** Cursor of the next (older) page, null at the end. */
  readonly next: string | null;
  readonly loading: boolean;
  readonly error: unknown;
  /** Reads the newest page again (the older pages shown are dropped: their rows may have moved on too). */
  readonly refresh: () => void;
  readonly loadOlder: () => void;
}

/** The delivery history of a webhook, newest first, one page at a time. */
export function useDeliveries(webhookId: string): Deliveries {
  const { lost } = useSession();
  const [deliveries, setDeliveries] = useState<readonly WebhookDelivery[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  // Each load gets a number; only the latest one's answer is kept (a slow older page after a refresh is not).
  const latest = useRef(0);

  const load = useCallback(
    async (before: string | undefined) => {
      const round = ++latest.current;
      setLoading(true);
      setError(null);
      try {
        const page = await api.webhookDeliveries(webhookId, { limit: PAGE, ...(before !== undefined && { before }) });
        if (round !== latest.current) return;
        setDeliveries((old) => (before === undefined ? page.deliveries : [...old, ...page.deliveries]));
        setNext(page.next);
      } catch (failure) {
        if (round !== latest.current) return;
        if (isSignedOut(failure)) lost();
        setError(failure);
      } finally {
        if (round === latest.current) setLoading(false);
      }
    },
    [webhookId, lost],
  );

  useEffect(() => {
    void load(undefined);
    return () => {
      latest.current++;
    };
  }, [load]);

  const refresh = useCallback(() => void load(undefined), [load]);
  const loadOlder = useCallback(() => {
    if (next !== null) void load(next);
  }, [load, next]);

  return { deliveries, next, loading, error, refresh, loadOlder };
}
