import type { Notification } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { Link } from '../../ui/Link.tsx';
import { notificationPath, notificationText } from './notificationText.ts';

interface Props {
  readonly notification: Notification;
  /** Whether to say which of the user's organisations it came for (a user of several). */
  readonly showOrg: boolean;
  /** The link was followed: the notification is read. */
  readonly onOpen: (notification: Notification) => void;
  /** Offers to mark it read without opening it (the inbox page). */
  readonly onMarkRead?: ((notification: Notification) => void) | undefined;
}

/**
 * One notification: its sentence in the reader's language, a link to the record it is about, when it came
 * and whether it is unread.
 */
export function NotificationItem({ notification: n, showOrg, onOpen, onMarkRead }: Props) {
  const { t, locale, formatDate } = useI18n();
  const unread = n.readAt === null;
  return (
    <li
      className={unread ? 'notification notification-unread' : 'notification'}
      data-testid="notification"
      data-notification-id={n.id}
      data-kind={n.subject.kind}
      data-read={String(!unread)}
    >
      <Link to={notificationPath(n.subject)} onClick={() => onOpen(n)}>
        {notificationText(t, locale, n.subject)}
      </Link>
      <div className="notification-meta meta">
        {unread && <span className="badge badge-unread">{t('notifications.unread')}</span>}
        <time dateTime={n.createdAt}>{formatDate(n.createdAt, 'date-time')}</time>
        {showOrg && <span>{t('notifications.forOrg', { org: n.orgName })}</span>}
        {unread && onMarkRead && (
          <button type="button" className="button-quiet" onClick={() => onMarkRead(n)}>
            {t('notifications.markRead')}
          </button>
        )}
      </div>
    </li>
  );
}
