import type { Notification, NotificationList, NotificationNews } from '@pactesur/contracts';
import type { Translate } from '../../i18n/useI18n.tsx';

/** Most notifications the bell's panel lists. */
export const PANEL_SIZE = 8;

/** Above this, the badge says "99+". */
const BADGE_MAX = 99;

const readAt = (n: Notification, at: string): Notification => (n.readAt === null ? { ...n, readAt: at } : n);

/**
 * The inbox as shown once news arrives on the user's channel, until it is read again: one more unread for
 * a notification not already listed (a replayed one is), the server's count when some were marked read
 * elsewhere — and every listed one read when none is left unread.
 *
 * @example unreadAfterNews({ items: [], unread: 2 }, { type: 'notification', id: 'n3' }, now).unread // 3
 */
export function unreadAfterNews(
  inbox: NotificationList,
  news: NotificationNews,
  at: string,
): NotificationList {
  switch (news.type) {
    case 'notification':
      if (inbox.items.some((n) => n.id === news.id)) return inbox;
      return { ...inbox, unread: inbox.unread + 1 };
    case 'read':
      return {
        items: news.unread === 0 ? inbox.items.map((n) => readAt(n, at)) : inbox.items,
        unread: Math.max(0, news.unread),
      };
  }
}

/**
 * The inbox with one notification opened (marked read at `at`), as shown while the server is told: one
 * unread fewer if it was listed unread; unchanged otherwise.
 */
export function withOpened(inbox: NotificationList, id: string, at: string): NotificationList {
  const wasUnread = inbox.items.some((n) => n.id === id && n.readAt === null);
  if (!wasUnread) return inbox;
  return {
    items: inbox.items.map((n) => (n.id === id ? readAt(n, at) : n)),
    unread: Math.max(0, inbox.unread - 1),
  };
}

/** The inbox with every notification read at `at`. */
export const allRead = (inbox: NotificationList, at: string): NotificationList => ({
  items: inbox.items.map((n) => readAt(n, at)),
  unread: 0,
});

/** The text of the bell's badge: none without unread notifications, at most "99+". */
export function badgeText(unread: number): string | null {
  if (unread <= 0) return null;
  return unread > BADGE_MAX ? `${BADGE_MAX}+` : String(unread);
}

/**
 * The bell's accessible name: that it holds notifications, and how many are unread.
 *
 * @example bellLabel(t, 3) // 'Notifications, 3 unread'
 */
export function bellLabel(t: Translate, unread: number): string {
  if (unread <= 0) return t('notifications.bellNone');
  if (unread === 1) return t('notifications.bellOne');
  return t('notifications.bellMany', { count: unread });
}
