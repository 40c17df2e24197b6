import type { Delivery } from '@pactesur/contracts';
import { useMemo, useState } from 'react';
import { api } from '../../api.ts';
import { useChannel } from '../../ui/useChannel.ts';
import { deliveryOf, withDeliveries } from './feed.ts';

/**
 * What was delivered to the reader's organisation, live: its part of the exercise's channel followed from
 * the first message, so every inject arrives once and in order, also after a dropped connection; when the
 * channel lost old messages (`gap`), the API gives the whole list.
 */
export function useDeliveries(exerciseId: string, orgId: string): {
  readonly feed: readonly Delivery[];
  /** The channel is followed: what the feed holds is all delivered so far. */
  readonly following: boolean;
  readonly refused: string | null;
} {
  const [feed, setFeed] = useState<readonly Delivery[]>([]);
  const [following, setFollowing] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const listener = useMemo(
    () => ({
      message: (payload: unknown) => {
        const delivery = deliveryOf(payload);
        if (delivery) setFeed((f) => withDeliveries(f, [delivery]));
      },
      subscribed: (_seq: number, gap: boolean) => {
        setFollowing(true);
        if (gap)
          void api.exerciseDeliveries(exerciseId).then(
            (all) => setFeed((f) => withDeliveries(f, all)),
            () => undefined,
          );
      },
      refused: (code: string) => setRefused(code),
    }),
    [exerciseId],
  );
  useChannel(`record:exercise:${exerciseId}:org-${orgId}`, listener, 0);
  return { feed, following, refused };
}
