import type { LiveState } from '@pactesur/contracts';
import { useCallback, useEffect, useState } from 'react';
import { api, isSignedOut } from '../../api.ts';
import { useSession } from '../../session/useSession.tsx';
import { useLiveChanges } from '../../ui/useLiveChanges.ts';
import { EMPTY_LIVE_VIEW, LiveFollower, type LiveView } from './liveLog.ts';

export interface LiveFeed {
  readonly view: LiveView;
  /** The last read failed (shown until a read succeeds). */
  readonly error: unknown;
  /** Whether the first read has been answered. */
  readonly loaded: boolean;
  /** The answer of a count or an incident the page posted: its entries join the log. */
  readonly answer: (state: LiveState) => void;
  /** Reads what came after the last entry held (the plan's status changed, say). */
  readonly refresh: () => void;
}

/**
 * The live state and log of an event, kept up to date: read once, then again after the last entry held
 * whenever news comes on the record's channel (`record:event:<id>`) and once the channel is followed (what
 * was logged between the first read and then); every entry once, in order ({@link LiveFollower}).
 */
export function useLiveFeed(eventId: string): LiveFeed {
  const { lost } = useSession();
  const [view, setView] = useState<LiveView>(EMPTY_LIVE_VIEW);
  const [error, setError] = useState<unknown>(null);
  const [follower, setFollower] = useState<LiveFollower | null>(null);

  useEffect(() => {
    const made = new LiveFollower(
      (after) => api.eventLive(eventId, after),
      (next) => {
        setView(next);
        setError(null);
      },
      (failure) => {
        if (isSignedOut(failure)) lost();
        setError(failure);
      },
    );
    setFollower(made);
    setView(EMPTY_LIVE_VIEW);
    void made.poke();
    return () => made.stop();
  }, [eventId, lost]);

  const poke = useCallback(() => void follower?.poke(), [follower]);
  useLiveChanges(`record:event:${eventId}`, poke, poke);
  const answer = useCallback((state: LiveState) => void follower?.answer(state), [follower]);
  return { view, error, loaded: view.state !== null, answer, refresh: poke };
}
