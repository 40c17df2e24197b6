import type { Network, OrgKind, Organisation } from '@pactesur/contracts';

/** The kinds of organisation that sign an event plan beside the prefecture: police, fire and ambulance. */
const EMERGENCY: ReadonlySet<OrgKind> = new Set<OrgKind>([
  'local-police',
  'national-police',
  'fire',
  'ambulance',
]);

/** The organisations a plan may be submitted to, in the order the form offers them. */
export interface AgencyGroups {
  /** The acting organisation's own services (its police) and the emergency services of its country. */
  readonly services: readonly Organisation[];
  /** The other members of the acting organisation's networks. */
  readonly networks: readonly Organisation[];
  /** Every other organisation of the platform. */
  readonly others: readonly Organisation[];
}

const byName = (a: Organisation, b: Organisation) => a.name.localeCompare(b.name);

/**
 * The agencies the owner of a plan may ask to sign it, grouped: its own services and its country's
 * emergency services first (those that sign a plan: police, fire, ambulance), then the members of its
 * networks, then everyone else; never the acting organisation itself, each organisation once.
 */
export function agencyGroups(
  orgs: readonly Organisation[],
  networks: readonly Pick<Network, 'members'>[],
  actingOrgId: string,
): AgencyGroups {
  const acting = orgs.find((o) => o.id === actingOrgId) ?? null;
  const candidates = orgs.filter((o) => o.id !== actingOrgId);
  const isService = (o: Organisation) =>
    o.parentId === actingOrgId ||
    (o.parentId === null &&
      EMERGENCY.has(o.kind) &&
      acting?.country !== null &&
      o.country === acting?.country);
  const inNetworks = new Set(networks.flatMap((n) => n.members.map((m) => m.org.id)));
  const services = candidates.filter(isService);
  const members = candidates.filter((o) => !isService(o) && inNetworks.has(o.id));
  const others = candidates.filter((o) => !isService(o) && !inNetworks.has(o.id));
  return { services: services.sort(byName), networks: members.sort(byName), others: others.sort(byName) };
}
