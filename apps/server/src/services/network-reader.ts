import { ROLE_RANK, type NetworkRole } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import type { NetworkRepository } from '../repositories/networks.ts';
import { requireRole, type Actor, type OrgActor } from './actor.ts';

/** The network roles whose editors run the network's programme and calls. */
const RUNNING_ROLES: ReadonlySet<NetworkRole> = new Set(['lead', 'consortium']);

/** Where one reader stands in a network. */
export interface NetworkStanding {
  /** The reader's organisation's role in the network; null for another organisation or the public. */
  readonly role: NetworkRole | null;
  readonly member: boolean;
  /** An editor of the lead or a consortium partner: keeps the programme and the calls. */
  readonly manager: boolean;
  /** A manager, or an editor of the expert committee: scores the applications to calls. */
  readonly reviewer: boolean;
}

/** A network as one reader stands in it. */
export interface NetworkReading extends NetworkStanding {
  readonly network: { readonly id: string; readonly slug: string; readonly name: string };
}

const isEditor = (actor: Actor | null): boolean => actor?.role != null && ROLE_RANK[actor.role] >= ROLE_RANK.editor;

function standing(actor: Actor | null, role: NetworkRole | null): NetworkStanding {
  const manager = role !== null && RUNNING_ROLES.has(role) && isEditor(actor);
  return { role, member: role !== null, manager, reviewer: manager || (role === 'expert-committee' && isEditor(actor)) };
}

/** Where a reader (signed in, or the public: null) stands in a network, the one reading of the network's life. */
export class NetworkReader {
  constructor(private readonly networks: NetworkRepository) {}

  async read(actor: Actor | null, slug: string): Promise<NetworkReading> {
    const network = await this.networks.bySlug(slug);
    if (!network) throw new AppError('not_found', 'No such network.');
    const role = actor?.orgId ? await this.networks.roleOf(network.id, actor.orgId) : undefined;
    return { network, ...standing(actor, role ?? null) };
  }

  /** Where the reader stands in each network its organisation is a member of, by network id. */
  async memberships(actor: Actor | null): Promise<Map<string, NetworkStanding>> {
    if (!actor?.orgId) return new Map();
    const roles = await this.networks.rolesOf(actor.orgId);
    return new Map([...roles].map(([id, role]) => [id, standing(actor, role)]));
  }

  /** The reading of a manager of the network, or `forbidden` saying who keeps `what`. */
  async asManager(actor: Actor, slug: string, what: string): Promise<NetworkReading & { editor: OrgActor }> {
    const editor = requireRole(actor, 'editor');
    const r = await this.read(actor, slug);
    if (!r.manager) throw new AppError('forbidden', `${what} kept by the lead and consortium partners of the network.`);
    return { ...r, editor };
  }
}
