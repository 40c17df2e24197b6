import type { Notification } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { withNewest, withOlder } from './inboxPages.ts';

/** A notification created at minute `minute` of the hour (a later minute is newer). */
const at = (id: string, minute: number, read = false): Notification => ({
  id,
  orgId: 'org-1',
  orgName: 'Ville de Liège',
  subject: { kind: 'call-decided', networkSlug: 'n', callId: 'c', callTitle: 'Call', selected: false },
  createdAt: `2026-05-01T09:${String(minute).padStart(2, '0')}:00.000Z`,
  readAt: read ? '2026-05-02T00:00:00.000Z' : null,
});
const ids = (list: readonly Notification[]) => list.map((n) => n.id);

describe('the pages of the inbox', () => {
  const shown = [at('e', 50), at('d', 40), at('c', 30), at('b', 20), at('a', 10)];

  it('puts the newest page read again on top, and keeps the older ones shown below it', () => {
    const newest = [at('f', 55), at('e', 50, true), at('d', 40)];
    const next = withNewest(shown, newest, 3);
    expect(ids(next)).toEqual(['f', 'e', 'd', 'c', 'b', 'a']);
    expect(next[1]?.readAt).not.toBeNull();
  });

  it('drops what the newest page no longer holds (read, under the unread filter)', () => {
    const newest = [at('e', 50), at('c', 30), at('b', 20)];
    expect(ids(withNewest(shown, newest, 3))).toEqual(['e', 'c', 'b', 'a']);
  });

  it('keeps nothing older when the newest page was not full: there is nothing older', () => {
    expect(ids(withNewest(shown, [at('e', 50), at('d', 40)], 3))).toEqual(['e', 'd']);
    expect(withNewest(shown, [], 3)).toEqual([]);
  });

  it('orders notifications of the same instant by id, as the server does', () => {
    const same = [at('y', 30), at('x', 30)];
    expect(ids(withNewest([at('z', 30), ...same, at('w', 30)], same, 2))).toEqual(['y', 'x', 'w']);
  });

  it('adds an older page under the list, without repeats', () => {
    expect(ids(withOlder(shown.slice(0, 3), [at('c', 30), at('b', 20), at('a', 10)]))).toEqual([
      'e',
      'd',
      'c',
      'b',
      'a',
    ]);
  });
});
