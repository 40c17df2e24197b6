import type { Access, Role } from '@pactesur/contracts';
import { can } from '../../access/can.ts';

/**
 * Whether the plan's page offers its changes for a new scenario (locks, forbidden places, re-optimising),
 * as the server decides (ADR 0018): an editor of the organisation that owns the plan — an `edit` share
 * never makes scenarios — who may also plan on its site. `siteAccess` is null while the site loads or when
 * it is not shared with the reader.
 */
export function mayReoptimise(
  actor: { readonly role: Role } | null,
  planAccess: Access,
  siteAccess: Access | null,
): boolean {
  return (
    can(actor, 'protection.scenario', planAccess) &&
    siteAccess !== null &&
    can(actor, 'protection.start', siteAccess)
  );
}
