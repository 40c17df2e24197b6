import { useId, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { useSession } from '../../session/useSession.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useStatus } from '../../ui/useStatus.tsx';
import { NotificationItem } from './NotificationItem.tsx';
import { useInboxPages } from './useInboxPages.ts';
import './notifications.css';

function Inbox({ userId, showOrg }: { userId: string; showOrg: boolean }) {
  const id = useId();
  const { t, formatCount } = useI18n();
  const { announce } = useStatus();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const inbox = useInboxPages(userId, unreadOnly);
  const markAll = async () => {
    await inbox.markAllRead();
    announce(t('notifications.allMarkedRead'));
  };
  const empty = !inbox.loading && !inbox.error && inbox.items.length === 0;
  return (
    <article className="page notifications-page" aria-labelledby={`${id}-title`}>
      <header className="page-header">
        <div>
          <h1 id={`${id}-title`}>{t('notifications.title')}</h1>
          <p className="lead">{t('notifications.intro')}</p>
        </div>
        <div className="toolbar">
          <div className="field-inline">
            <input
              id={`${id}-unread`}
              type="checkbox"
              checked={unreadOnly}
              onChange={(e) => setUnreadOnly(e.target.checked)}
            />
            <label htmlFor={`${id}-unread`}>{t('notifications.unreadOnly')}</label>
          </div>
          {inbox.unread > 0 && (
            <button type="button" onClick={() => void markAll()}>
              {t('notifications.markAllRead')}
            </button>
          )}
        </div>
      </header>
      <ErrorMessage error={inbox.error} />
      {empty && <p className="hint">{t(unreadOnly ? 'notifications.noneUnread' : 'notifications.none')}</p>}
      {inbox.items.length > 0 && (
        <ul className="notification-list card" data-testid="notification-inbox">
          {inbox.items.map((n) => (
            <NotificationItem
              key={n.id}
              notification={n}
              showOrg={showOrg}
              onOpen={(opened) => {
                if (opened.readAt === null) void inbox.markRead([opened.id]);
              }}
              onMarkRead={(marked) => void inbox.markRead([marked.id])}
            />
          ))}
        </ul>
      )}
      <div className="pager">
        <span className="meta" aria-live="polite">
          {inbox.loading
            ? t('app.loading')
            : t('notifications.shown', { count: formatCount(inbox.items.length) })}
        </span>
        {inbox.hasOlder && (
          <button type="button" onClick={inbox.loadOlder} disabled={inbox.loading}>
            {t('notifications.older')}
          </button>
        )}
      </div>
    </article>
  );
}

/** The signed-in user's whole inbox: every notification, or the unread only, older ones a page at a time. */
export function NotificationsPage() {
  const { session } = useSession();
  if (!session) return null;
  const userId = session.user.id;
  return <Inbox key={userId} userId={userId} showOrg={session.user.memberships.length > 1} />;
}
