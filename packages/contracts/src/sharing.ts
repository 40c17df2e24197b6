import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/**
 * Kinds of sensitive record. Every one has an owner organisation, is shared only on purpose with named
 * organisations, and every read and change of it is audited. Later modules add their kinds here.
 */
export const RecordKind = z.enum(['briefing', 'job', 'extract', 'site', 'threat-analysis', 'crowd-simulation', 'protection-plan', 'assessment', 'alert', 'event', 'exercise']);
export type RecordKind = z.infer<typeof RecordKind>;

/** A share grants `read`, or `edit` (which includes read). */
export const ShareRight = z.enum(['read', 'edit']);
export type ShareRight = z.infer<typeof ShareRight>;

/** What the acting organisation may do with a record. */
export const Access = z.enum(['owner', 'edit', 'read']);
export type Access = z.infer<typeof Access>;

export const Share = z.object({ orgId: Id, orgName: z.string(), right: ShareRight, grantedAt: Timestamp });
export type Share = z.infer<typeof Share>;

export const GrantShare = z.strictObject({ right: ShareRight });
