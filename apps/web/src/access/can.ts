import { ROLE_RANK, type Access, type Role } from '@pactesur/contracts';
import type { ActionOf, ActionRule } from '../features/defineFeature.ts';
import { FEATURES, type AppFeature } from '../features/index.ts';

/**
 * The actions on any record or on the organisation; each feature declares its own (`actions` of its
 * `feature.ts`: `briefing.create`, `site.register`, `threat.start` …).
 *
 * - `record.edit`: editors and above, on a record their organisation owns or may edit.
 * - `record.delete`, `record.share`: editors and above of the organisation that owns the record.
 * - `org.manage`: admins (members, invitations, sharing, the audit log).
 */
export const COMMON_ACTIONS = {
  'record.edit': { role: 'editor', access: ['owner', 'edit'] },
  'record.delete': { role: 'editor', access: ['owner'] },
  'record.share': { role: 'editor', access: ['owner'] },
  'org.manage': { role: 'admin', access: ['owner', 'edit', 'read'] },
} as const satisfies Readonly<Record<string, ActionRule>>;

/** What a person may be allowed to do: the common actions and those of every feature. */
export type Action = keyof typeof COMMON_ACTIONS | ActionOf<AppFeature>;

const NEEDS: ReadonlyMap<string, ActionRule> = new Map<string, ActionRule>([
  ...Object.entries(COMMON_ACTIONS),
  ...FEATURES.flatMap((f) => Object.entries<ActionRule>(f.actions)),
]);

/**
 * Whether `actor` (their role in the organisation they act for; null before choosing one) may do `action`
 * on a record reached with `access` (the site for `threat.start`, `crowd.start` and `protection.start`;
 * `owner` for actions on no particular record). What a person may do is what the server's services decide;
 * the interface shows an action only to those who may use it (the server checks again, whatever it shows).
 *
 * @example can({ role: 'viewer' }, 'threat.start', 'owner') // false
 * @example can({ role: 'editor' }, 'protection.start', 'read') // false: the site is only shared for reading
 */
export function can(
  actor: { readonly role: Role } | null,
  action: Action,
  access: Access = 'owner',
): boolean {
  const need = NEEDS.get(action);
  if (!actor || !need) return false;
  return ROLE_RANK[actor.role] >= ROLE_RANK[need.role] && need.access.includes(access);
}
