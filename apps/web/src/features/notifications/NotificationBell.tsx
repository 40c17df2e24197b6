import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { useSession } from '../../session/useSession.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { NotificationItem } from './NotificationItem.tsx';
import { badgeText, bellLabel } from './unreadCount.ts';
import { useInbox } from './useInbox.ts';
import './notifications.css';

/** A bell, drawn: the button's name says what it is. */
function BellIcon() {
  return (
    <svg className="notification-bell-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}

/**
 * The header's bell for the signed-in user: the unread count on a badge (and in the button's name), and a
 * panel of the latest notifications, each opening its record and marked read when opened, with "mark all
 * as read" and a link to the whole inbox. Kept live on the user's channel.
 */
export function NotificationBell({ userId }: { userId: string }) {
  const id = useId();
  const { t } = useI18n();
  const { session } = useSession();
  const { announce } = useStatus();
  const inbox = useInbox(userId);
  const action = useAction();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // A click elsewhere closes the panel.
  useEffect(() => {
    if (!open) return undefined;
    const away = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const unread = inbox.list?.unread ?? 0;
  const badge = badgeText(unread);
  const items = inbox.list?.items ?? [];
  const showOrg = (session?.user.memberships.length ?? 0) > 1;
  const markAll = async () => {
    const done = await action.run(() => api.markNotificationsRead({ all: true }));
    if (!done) return;
    inbox.allMarked();
    announce(t('notifications.allMarkedRead'));
  };

  return (
    <div
      className="notification-bell"
      ref={root}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        type="button"
        ref={button}
        className="notification-bell-button"
        aria-label={bellLabel(t, unread)}
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        data-testid="notification-bell"
        data-unread={unread}
        onClick={() => setOpen((o) => !o)}
      >
        <BellIcon />
        {badge && (
          <span className="notification-badge" aria-hidden="true">
            {badge}
          </span>
        )}
      </button>
      {open && (
        <section
          id={`${id}-panel`}
          className="notification-panel"
          aria-labelledby={`${id}-title`}
          data-testid="notification-panel"
        >
          <div className="section-header">
            <h2 id={`${id}-title`}>{t('notifications.panelTitle')}</h2>
            {unread > 0 && (
              <button
                type="button"
                className="button-quiet"
                disabled={action.busy}
                onClick={() => void markAll()}
              >
                {t('notifications.markAllRead')}
              </button>
            )}
          </div>
          <ErrorMessage error={action.error ?? inbox.error} />
          {items.length === 0 ? (
            <p className="hint">{t('notifications.none')}</p>
          ) : (
            <ul className="notification-list">
              {items.map((n) => (
                <NotificationItem
                  key={n.id}
                  notification={n}
                  showOrg={showOrg}
                  onOpen={() => {
                    inbox.open(n.id);
                    setOpen(false);
                  }}
                />
              ))}
            </ul>
          )}
          <Link
            to={pathOf({ name: 'notifications' })}
            className="notification-all"
            onClick={() => setOpen(false)}
          >
            {t('notifications.seeAll')}
          </Link>
        </section>
      )}
    </div>
  );
}
