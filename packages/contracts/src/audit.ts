import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/** What was done. `read` is recorded for every read of a sensitive record. */
export const AuditAction = z.enum([
  'read',
  'create',
  'update',
  'delete',
  'share',
  'unshare',
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'invite',
  'join',
  'role-change',
  'member-remove',
  'export',
  'access-denied',
  'org-update',
  'network-change',
]);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEntry = z.object({
  id: z.string(),
  at: Timestamp,
  userId: Id.nullable(),
  userEmail: z.string().nullable(),
  actorOrgId: Id.nullable(),
  actorOrgName: z.string().nullable(),
  ownerOrgId: Id.nullable(),
  action: AuditAction,
  recordKind: z.string().nullable(),
  recordId: z.string().nullable(),
  clientAddress: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.strictObject({
  action: AuditAction.optional(),
  recordKind: z.string().max(40).optional(),
  recordId: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
export type AuditQueryInput = z.input<typeof AuditQuery>;

export const AuditPage = z.object({ entries: z.array(AuditEntry), next: z.number().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;
