import type { Notification } from '@pactesur/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, isSignedOut } from '../../api.ts';
import { useSession } from '../../session/useSession.tsx';
import { inboxChanged, useInboxRound } from './inboxRound.ts';
import { INBOX_PAGE, withNewest, withOlder } from './inboxPages.ts';

export interface InboxPages {
  readonly items: readonly Notification[];
  /** Unread notifications in all, as the server last said. */
  readonly unread: number;
  /** Whether older notifications may be left to show. */
  readonly hasOlder: boolean;
  readonly loading: boolean;
  readonly error: unknown;
  readonly loadOlder: () => void;
  /** Marks notifications read (one opened, or one by its button), then reads the inbox again. */
  readonly markRead: (ids: readonly string[]) => Promise<void>;
  /** Marks every notification read, then reads the inbox again. */
  readonly markAllRead: () => Promise<void>;
}

/**
 * The user's whole inbox, newest first, a page at a time (`before` the last one shown), all or the
 * unread only. Read again from its newest page each time the inbox changes (news on the user's channel,
 * followed by the header's bell, or a notification marked read here), the older pages shown kept below.
 */
export function useInboxPages(userId: string, unreadOnly: boolean): InboxPages {
  const { lost } = useSession();
  const round = useInboxRound();
  const [items, setItems] = useState<readonly Notification[]>([]);
  const [unread, setUnread] = useState(0);
  const [hasOlder, setHasOlder] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const shown = useRef<readonly Notification[]>([]);
  /** The filter of the list now wanted, and that of the last newest page applied. */
  const filter = useRef<string | null>(null);
  const applied = useRef<string | null>(null);

  const fail = useCallback(
    (failure: unknown) => {
      if (isSignedOut(failure)) lost();
      setError(failure);
    },
    [lost],
  );

  // The newest page: the first read, a change of filter (from scratch), and each change of the inbox.
  useEffect(() => {
    let live = true;
    const key = `${userId}:${String(unreadOnly)}`;
    // From scratch until a page of this filter was applied (a cancelled read does not count).
    const fresh = applied.current !== key;
    filter.current = key;
    if (fresh) {
      shown.current = [];
      setItems([]);
    }
    setLoading(true);
    void api.notifications({ unread: unreadOnly, limit: INBOX_PAGE }).then(
      (page) => {
        if (!live) return;
        applied.current = key;
        const next = withNewest(shown.current, page.items, INBOX_PAGE);
        shown.current = next;
        setItems(next);
        setUnread(page.unread);
        if (fresh || page.items.length < INBOX_PAGE) setHasOlder(page.items.length === INBOX_PAGE);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!live) return;
        fail(failure);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [userId, unreadOnly, round, fail]);

  const loadOlder = useCallback(() => {
    const last = shown.current.at(-1);
    if (!last) return;
    const key = filter.current;
    setLoading(true);
    void api.notifications({ unread: unreadOnly, limit: INBOX_PAGE, before: last.id }).then(
      (page) => {
        // The filter changed meanwhile: this page belongs to the list it replaced.
        if (filter.current !== key) return;
        const next = withOlder(shown.current, page.items);
        shown.current = next;
        setItems(next);
        setUnread(page.unread);
        setHasOlder(page.items.length === INBOX_PAGE);
        setLoading(false);
      },
      (failure: unknown) => {
        fail(failure);
        setLoading(false);
      },
    );
  }, [unreadOnly, fail]);

  const markRead = useCallback(
    async (ids: readonly string[]) => {
      try {
        await api.markNotificationsRead({ ids: [...ids] });
      } catch (failure) {
        fail(failure);
      }
      inboxChanged();
    },
    [fail],
  );
  const markAllRead = useCallback(async () => {
    try {
      await api.markNotificationsRead({ all: true });
    } catch (failure) {
      fail(failure);
    }
    inboxChanged();
  }, [fail]);

  return { items, unread, hasOlder, loading, error, loadOlder, markRead, markAllRead };
}
