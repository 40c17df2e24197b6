import { z } from 'zod';
import { Id, Locale } from './common.ts';
import { OrgKind } from './organisation.ts';
import { Role } from './membership.ts';

export const MyMembership = z.object({ orgId: Id, orgName: z.string(), orgKind: OrgKind, role: Role });
export type MyMembership = z.infer<typeof MyMembership>;

export const Me = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  locale: Locale,
  memberships: z.array(MyMembership),
});
export type Me = z.infer<typeof Me>;

export const UpdateMe = z.strictObject({
  displayName: z.string().trim().min(1).max(120).optional(),
  locale: Locale.optional(),
});
export type UpdateMe = z.infer<typeof UpdateMe>;

export const SignIn = z.strictObject({
  email: z.email().max(254),
  password: z.string().min(1).max(256),
});
export type SignIn = z.infer<typeof SignIn>;

/** The signed-in session: who, acting for which organisation, and the CSRF token to echo in writes. */
export const Session = z.object({
  user: Me,
  activeOrgId: Id.nullable(),
  csrfToken: z.string(),
});
export type Session = z.infer<typeof Session>;

export const SwitchOrg = z.strictObject({ orgId: Id });

/** Name of the header that carries the CSRF token on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';
