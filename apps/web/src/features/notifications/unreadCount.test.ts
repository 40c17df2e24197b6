import type { Notification, NotificationList } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../i18n/all-dictionaries.ts';
import { translate } from '../../i18n/translate.ts';
import type { Translate } from '../../i18n/useI18n.tsx';
import { allRead, badgeText, bellLabel, unreadAfterNews, withOpened } from './unreadCount.ts';

const AT = '2026-06-01T10:00:00.000Z';

const note = (id: string, read: boolean): Notification => ({
  id,
  orgId: 'org-1',
  orgName: 'Ville de Liège',
  subject: {
    kind: 'call-decided',
    networkSlug: 'pactesur-2',
    callId: 'c1',
    callTitle: 'Call',
    selected: true,
  },
  createdAt: '2026-05-01T09:00:00.000Z',
  readAt: read ? '2026-05-02T09:00:00.000Z' : null,
});

/** Two unread listed (n1, n2), one read (n3), and one unread not listed (older than the panel shows). */
const inbox: NotificationList = {
  items: [note('n1', false), note('n2', false), note('n3', true)],
  unread: 3,
};

describe('the unread count', () => {
  it('counts one more for news of a notification not listed yet', () => {
    expect(unreadAfterNews(inbox, { type: 'notification', id: 'n9' }, AT)).toEqual({ ...inbox, unread: 4 });
  });

  it('does not count twice a notification already listed (its news replayed)', () => {
    expect(unreadAfterNews(inbox, { type: 'notification', id: 'n1' }, AT)).toBe(inbox);
  });

  it('takes the server’s count when some were marked read elsewhere', () => {
    const after = unreadAfterNews(inbox, { type: 'read', unread: 1 }, AT);
    expect(after.unread).toBe(1);
    // Which ones is not said: the list stays as it is until read again.
    expect(after.items).toBe(inbox.items);
  });

  it('shows every listed notification read when none is left unread', () => {
    const after = unreadAfterNews(inbox, { type: 'read', unread: 0 }, AT);
    expect(after.unread).toBe(0);
    expect(after.items.map((n) => n.readAt)).toEqual([AT, AT, '2026-05-02T09:00:00.000Z']);
  });

  it('never goes below zero', () => {
    expect(unreadAfterNews(inbox, { type: 'read', unread: -2 }, AT).unread).toBe(0);
    expect(withOpened({ items: [note('n1', false)], unread: 0 }, 'n1', AT).unread).toBe(0);
  });

  it('counts one fewer when an unread notification is opened, and marks it read', () => {
    const after = withOpened(inbox, 'n2', AT);
    expect(after.unread).toBe(2);
    expect(after.items.map((n) => [n.id, n.readAt])).toEqual([
      ['n1', null],
      ['n2', AT],
      ['n3', '2026-05-02T09:00:00.000Z'],
    ]);
  });

  it('does not change when a read or unknown notification is opened', () => {
    expect(withOpened(inbox, 'n3', AT)).toBe(inbox);
    expect(withOpened(inbox, 'n9', AT)).toBe(inbox);
  });

  it('is zero once all are marked read', () => {
    const after = allRead(inbox, AT);
    expect(after.unread).toBe(0);
    expect(after.items.every((n) => n.readAt !== null)).toBe(true);
    expect(after.items[2]?.readAt).toBe('2026-05-02T09:00:00.000Z');
  });
});

describe('the bell', () => {
  it('shows no badge without unread notifications, the count up to 99, then 99+', () => {
    expect([0, -1, 1, 7, 99, 100, 2500].map(badgeText)).toEqual([null, null, '1', '7', '99', '99+', '99+']);
  });

  it('names itself with the unread count, in each language', () => {
    const tIn =
      (locale: 'en' | 'fr'): Translate =>
      (key, params) =>
        translate(DICTIONARIES[locale], key, params);
    expect([0, 1, 3].map((n) => bellLabel(tIn('en'), n))).toEqual([
      'Notifications, none unread',
      'Notifications, 1 unread',
      'Notifications, 3 unread',
    ]);
    expect([0, 1, 3].map((n) => bellLabel(tIn('fr'), n))).toEqual([
      'Notifications, aucune non lue',
      'Notifications, 1 non lue',
      'Notifications, 3 non lues',
    ]);
  });
});
