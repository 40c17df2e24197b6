import { NotificationNews, type NotificationList } from '@pactesur/contracts';
import { useCallback, useMemo, useRef } from 'react';
import { api } from '../../api.ts';
import { useChannel } from '../../ui/useChannel.ts';
import { useResource } from '../../ui/useResource.ts';
import { inboxChanged, useInboxRound } from './inboxRound.ts';
import { allRead, PANEL_SIZE, unreadAfterNews, withOpened } from './unreadCount.ts';

export interface Inbox {
  /** The latest notifications and the unread count, once read. */
  readonly list: NotificationList | undefined;
  readonly error: unknown;
  /** Marks one notification read (it was opened): shown at once, then told to the server. */
  readonly open: (id: string) => void;
  /** Shows every notification read, once the server has marked them. */
  readonly allMarked: () => void;
}

const now = () => new Date().toISOString();

/**
 * The signed-in user's latest notifications, live: read from the API, and again on each news of their
 * channel (`user:<id>`) and once it is followed (also after a reconnection), so nothing is missed. News
 * moves the unread count at once, before the inbox is read again. The messages the channel replays when
 * followed are left to that read.
 */
export function useInbox(userId: string): Inbox {
  const round = useInboxRound();
  const inbox = useResource(() => api.notifications({ limit: PANEL_SIZE }), `${userId}:${round}`);
  const { setData } = inbox;
  const following = useRef(false);

  const listener = useMemo(
    () => ({
      message: (payload: unknown) => {
        const news = NotificationNews.safeParse(payload);
        if (!following.current || !news.success) return;
        setData((list) => list && unreadAfterNews(list, news.data, now()));
        inboxChanged();
      },
      subscribed: () => {
        following.current = true;
        inboxChanged();
      },
    }),
    [setData],
  );
  useChannel(`user:${userId}`, listener);

  const open = useCallback(
    (id: string) => {
      const wasUnread = inbox.data?.items.some((n) => n.id === id && n.readAt === null) ?? true;
      setData((list) => list && withOpened(list, id, now()));
      if (!wasUnread) return;
      // Marked read or not, the inbox is read again: it shows what the server holds.
      void api.markNotificationsRead({ ids: [id] }).then(inboxChanged, inboxChanged);
    },
    [inbox.data, setData],
  );
  const allMarked = useCallback(() => {
    setData((list) => list && allRead(list, now()));
    inboxChanged();
  }, [setData]);

  return { list: inbox.data, error: inbox.error, open, allMarked };
}
