import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/**
 * Roles inside an organisation, from most to least powerful: admins manage members, sharing and the
 * audit log; editors change records; analysts run analyses and read; viewers read.
 */
export const Role = z.enum(['admin', 'editor', 'analyst', 'viewer']);
export type Role = z.infer<typeof Role>;
export const ROLE_RANK: Readonly<Record<Role, number>> = { admin: 4, editor: 3, analyst: 2, viewer: 1 };

export const Member = z.object({
  userId: Id,
  email: z.string(),
  displayName: z.string(),
  role: Role,
  since: Timestamp,
});
export type Member = z.infer<typeof Member>;

export const ChangeRole = z.strictObject({ role: Role });

export const CreateInvitation = z.strictObject({
  email: z.email().max(254),
  role: Role,
});
export type CreateInvitation = z.infer<typeof CreateInvitation>;

export const Invitation = z.object({
  id: Id,
  orgId: Id,
  email: z.string(),
  role: Role,
  createdAt: Timestamp,
  expiresAt: Timestamp,
  acceptedAt: Timestamp.nullable(),
});
export type Invitation = z.infer<typeof Invitation>;

/** Returned once, when the invitation is made: the link carries the only copy of the token. */
export const CreatedInvitation = Invitation.extend({ token: z.string(), url: z.string() });
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

/** What the invitation page shows before it is accepted. */
export const InvitationPreview = z.object({
  orgName: z.string(),
  email: z.string(),
  role: Role,
  expiresAt: Timestamp,
  accountExists: z.boolean(),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptInvitation = z.strictObject({
  displayName: z.string().trim().min(1).max(120).optional(),
  password: z.string().min(10).max(256).optional(),
});
export type AcceptInvitation = z.infer<typeof AcceptInvitation>;
