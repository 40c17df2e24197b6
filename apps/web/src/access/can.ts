import { ROLE_RANK, type Access, type Role } from '@pactesur/contracts';

/**
 * What a person may do, as the server's services decide it; the interface shows an action only to those
 * who may use it (the server checks again, whatever the interface shows).
 *
 * - `briefing.create`, `site.register`: editors and above.
 * - `threat.start`, `crowd.start`: analysts and above, on any site they can read (the analysis is their
 *   organisation's own record).
 * - `protection.start`: editors and above, on a site their organisation owns or may edit.
 * - `record.edit`: editors and above, on a record their organisation owns or may edit.
 * - `record.delete`, `record.share`: editors and above of the organisation that owns the record.
 * - `job.cancel`: analysts and above, on a job their organisation owns or may edit.
 * - `org.manage`: admins (members, invitations, sharing, the audit log).
 */
export type Action =
  | 'briefing.create'
  | 'site.register'
  | 'threat.start'
  | 'crowd.start'
  | 'protection.start'
  | 'record.edit'
  | 'record.delete'
  | 'record.share'
  | 'job.cancel'
  | 'org.manage';

const NEEDS: Readonly<Record<Action, { readonly role: Role; readonly access: readonly Access[] }>> = {
  'briefing.create': { role: 'editor', access: ['owner', 'edit', 'read'] },
  'site.register': { role: 'editor', access: ['owner', 'edit', 'read'] },
  'threat.start': { role: 'analyst', access: ['owner', 'edit', 'read'] },
  'crowd.start': { role: 'analyst', access: ['owner', 'edit', 'read'] },
  'protection.start': { role: 'editor', access: ['owner', 'edit'] },
  'record.edit': { role: 'editor', access: ['owner', 'edit'] },
  'record.delete': { role: 'editor', access: ['owner'] },
  'record.share': { role: 'editor', access: ['owner'] },
  'job.cancel': { role: 'analyst', access: ['owner', 'edit'] },
  'org.manage': { role: 'admin', access: ['owner', 'edit', 'read'] },
};

/**
 * Whether `actor` (their role in the organisation they act for; null before choosing one) may do `action`
 * on a record reached with `access` (the site for `threat.start`, `crowd.start` and `protection.start`;
 * `owner` for actions on no particular record).
 *
 * @example can({ role: 'viewer' }, 'threat.start', 'owner') // false
 * @example can({ role: 'editor' }, 'protection.start', 'read') // false: the site is only shared for reading
 */
export function can(
  actor: { readonly role: Role } | null,
  action: Action,
  access: Access = 'owner',
): boolean {
  if (!actor) return false;
  const need = NEEDS[action];
  return ROLE_RANK[actor.role] >= ROLE_RANK[need.role] && need.access.includes(access);
}
