import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { Multilingual } from './knowledge/practice.ts';
import { MAX_NAME_LENGTH } from './limits.ts';

/**
 * A user's notifications: news addressed to one person (a new practice matching a saved search, a practice
 * sent back or published, the outcome of an application to a call), kept in their inbox until read and
 * announced live on their own realtime channel (`user:<their id>`). A notification holds the facts, not a
 * sentence: each screen words it in the reader's language.
 */
export const NotificationSubject = z.discriminatedUnion('kind', [
  /** A practice newly matching one of the user's saved searches. */
  z.object({
    kind: z.literal('practice-match'),
    practiceId: Id,
    title: Multilingual(MAX_NAME_LENGTH),
    searchId: Id,
    searchName: z.string(),
  }),
  /** A step of the editorial workflow of a practice the user wrote or reviews (submitted, returned, published). */
  z.object({
    kind: z.literal('practice-step'),
    practiceId: Id,
    title: Multilingual(MAX_NAME_LENGTH),
    action: z.enum(['submitted', 'returned', 'published', 'unpublished']),
    byOrgName: z.string(),
    note: z.string(),
  }),
  /** The network's decision on the organisation's application to a call. */
  z.object({
    kind: z.literal('call-decided'),
    networkSlug: z.string(),
    callId: Id,
    callTitle: z.string(),
    selected: z.boolean(),
  }),
]);
export type NotificationSubject = z.infer<typeof NotificationSubject>;
export type NotificationKind = NotificationSubject['kind'];

export const Notification = z.object({
  id: Id,
  /** The organisation the user was acting for when the news concerned them (for a user of several). */
  orgId: Id,
  orgName: z.string(),
  subject: NotificationSubject,
  createdAt: Timestamp,
  readAt: Timestamp.nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationList = z.object({
  /** Newest first. */
  items: z.array(Notification),
  /** Unread notifications in all (the list holds at most `limit`). */
  unread: z.int(),
});
export type NotificationList = z.infer<typeof NotificationList>;

export const NotificationQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
  /** Only those created before this notification's creation (the next page). */
  before: Id.optional(),
});
export type NotificationQuery = z.infer<typeof NotificationQuery>;

/** Marks notifications read: the listed ones, or every one with `all`. */
export const MarkNotificationsRead = z.union([
  z.strictObject({ ids: z.array(Id).min(1).max(100) }),
  z.strictObject({ all: z.literal(true) }),
]);
export type MarkNotificationsRead = z.infer<typeof MarkNotificationsRead>;

/** What the user's channel carries: a new notification (its id) or a change of the read ones. */
export const NotificationNews = z.discriminatedUnion('type', [
  z.object({ type: z.literal('notification'), id: Id }),
  z.object({ type: z.literal('read'), unread: z.int() }),
]);
export type NotificationNews = z.infer<typeof NotificationNews>;
