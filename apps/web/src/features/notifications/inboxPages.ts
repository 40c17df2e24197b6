import type { Notification } from '@pactesur/contracts';

/** Notifications on a page of the inbox. */
export const INBOX_PAGE = 30;

/** Whether `a` comes after `b` in the inbox's order: newest first, then by id, as the server lists them. */
const olderThan = (a: Notification, b: Notification): boolean =>
  a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);

/**
 * The inbox shown once its newest page is read again (news arrived, some were read): that page, then
 * the older notifications already shown below it. When the page was not full, there is nothing older.
 */
export function withNewest(
  shown: readonly Notification[],
  newest: readonly Notification[],
  limit: number,
): Notification[] {
  const last = newest.at(-1);
  if (!last || newest.length < limit) return [...newest];
  const ids = new Set(newest.map((n) => n.id));
  // Below the page's last one as shown (the server's order, finer than the milliseconds it sends), else by date.
  const at = shown.findIndex((n) => n.id === last.id);
  const below = at >= 0 ? shown.slice(at + 1) : shown.filter((n) => olderThan(n, last));
  return [...newest, ...below.filter((n) => !ids.has(n.id))];
}

/** The inbox with an older page added under it (without repeating one already shown). */
export function withOlder(shown: readonly Notification[], older: readonly Notification[]): Notification[] {
  const ids = new Set(shown.map((n) => n.id));
  return [...shown, ...older.filter((n) => !ids.has(n.id))];
}
