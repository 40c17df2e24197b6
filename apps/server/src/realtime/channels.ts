import { Id, RecordKind } from '@pactesur/contracts';

/**
 * The channels of the realtime layer:
 * - `record:<kind>:<uuid>` — news of one sensitive record, for those who may read it;
 * - `record:<kind>:<uuid>:<part>` — what one part of the record's readers may follow (an exercise's deliveries
 *   to one agency): a reader of the record whom the module that owns the kind lets follow that part;
 * - `job:<uuid>` — the progress of a job (record kind `job`);
 * - `user:<uuid>` — news of one user's notifications, followed by that user only;
 * - `access:<kind>:<uuid>` — internal: who may read the record changed, every instance re-checks its
 *   subscribers of the record's channels. Clients cannot subscribe to it.
 */
export type Channel =
  | { readonly kind: 'record'; readonly recordKind: RecordKind; readonly recordId: string; readonly part?: string }
  | { readonly kind: 'access'; readonly recordKind: RecordKind; readonly recordId: string }
  | { readonly kind: 'user'; readonly userId: string };

/** Longest channel name accepted: the longest record kind, a uuid and a part fit with room to spare. */
export const MAX_CHANNEL_LENGTH = 120;

/** A part of a record's channel: lower-case letters, digits and `-` (an organisation's uuid fits). */
const PART = /^[a-z0-9][a-z0-9-]{0,47}$/;

/** Parses a channel name; null for anything that is not one of the channels above. */
export function parseChannel(name: string): Channel | null {
  if (name.length > MAX_CHANNEL_LENGTH) return null;
  const parts = name.split(':');
  if (parts.length === 2 && parts[0] === 'job') return record('record', 'job', parts[1]);
  if (parts.length === 2 && parts[0] === 'user') {
    const id = Id.safeParse(parts[1]);
    return id.success ? { kind: 'user', userId: id.data } : null;
  }
  if (parts.length === 3 && (parts[0] === 'record' || parts[0] === 'access'))
    return record(parts[0], parts[1], parts[2]);
  const part = parts[3];
  if (parts.length === 4 && parts[0] === 'record' && parts[1] !== 'job' && part !== undefined && PART.test(part)) {
    const whole = record('record', parts[1], parts[2]);
    return whole?.kind === 'record' ? { ...whole, part } : null;
  }
  return null;
}

function record(
  kind: 'record' | 'access',
  recordKind: string | undefined,
  recordId: string | undefined,
): Channel | null {
  const k = RecordKind.safeParse(recordKind);
  const id = Id.safeParse(recordId);
  return k.success && id.success ? { kind, recordKind: k.data, recordId: id.data } : null;
}

/** The channels subscribers of a record listen on: its record channel and, for a job, the job channel. */
export function channelsOfRecord(kind: RecordKind, recordId: string): string[] {
  return kind === 'job' ? [`record:job:${recordId}`, `job:${recordId}`] : [`record:${kind}:${recordId}`];
}

/** The internal channel that says who may read a record changed. */
export const accessChannel = (kind: RecordKind, recordId: string): string => `access:${kind}:${recordId}`;

/** The channel of a job's progress. */
export const jobChannel = (jobId: string): string => `job:${jobId}`;

/** The channel of news of one sensitive record (a change, a deletion), for whoever may read it. */
export const recordChannel = (kind: RecordKind, recordId: string): string => `record:${kind}:${recordId}`;

/** The channel of one part of a record, for the readers its module lets follow that part. */
export const recordPartChannel = (kind: RecordKind, recordId: string, part: string): string => `record:${kind}:${recordId}:${part}`;

/** The channel of one user's notifications (`NotificationNews`), which only that user may follow. */
export const userChannel = (userId: string): string => `user:${userId}`;
