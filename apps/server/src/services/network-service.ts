import type { AddNetworkMember, CreateNetwork, Network, NetworkSummary } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Repositories } from '../repositories/index.ts';
import type { AccessService } from './access-service.ts';
import { requireRole, type Actor } from './actor.ts';

/**
 * Networks of cities and partners. Every signed-in user may see a network and its members (the membership
 * of PACTESUR is public); it is run by admins of its lead organisation or of a network coordinator in it.
 */
export class NetworkService {
  constructor(
    private readonly repos: Pick<Repositories, 'networks' | 'orgs'>,
    private readonly access: AccessService,
  ) {}

  list(): Promise<NetworkSummary[]> {
    return this.repos.networks.list();
  }

  async get(idOrSlug: string): Promise<Network> {
    const network = await this.repos.networks.find(idOrSlug);
    if (!network) throw new AppError('not_found');
    return network;
  }

  /** An admin of a network-coordinator or city organisation creates a network; their organisation leads it. */
  async create(actor: Actor, input: CreateNetwork): Promise<Network> {
    const admin = requireRole(actor, 'admin');
    const org = await this.repos.orgs.find(admin.orgId);
    if (!org || (org.kind !== 'network-coordinator' && org.kind !== 'city')) {
      throw new AppError('forbidden', 'Only cities and network coordinators create networks.');
    }
    const existing = await this.repos.networks.find(input.slug);
    if (existing) throw new AppError('conflict', `The slug ${input.slug} is taken.`);
    const id = await this.repos.networks.create(input);
    await this.repos.networks.upsertMember(id, admin.orgId, org.kind === 'city' ? 'lead' : 'consortium');
    await this.access.audit(actor, 'network-change', { kind: 'network', recordId: id, detail: 'created' });
    return this.get(id);
  }

  async addMember(actor: Actor, networkId: string, input: AddNetworkMember): Promise<Network> {
    const network = await this.requireRunner(actor, networkId);
    if (!(await this.repos.orgs.find(input.orgId))) throw new AppError('not_found', 'No such organisation.');
    await this.repos.networks.upsertMember(network.id, input.orgId, input.role);
    await this.access.audit(actor, 'network-change', { kind: 'network', recordId: network.id, detail: `${input.orgId} as ${input.role}` });
    return this.get(network.id);
  }

  async removeMember(actor: Actor, networkId: string, orgId: string): Promise<Network> {
    const network = await this.requireRunner(actor, networkId);
    const leads = network.members.filter((m) => m.role === 'lead');
    if (leads.length === 1 && leads[0]?.org.id === orgId) throw new AppError('conflict', 'A network keeps its lead organisation.');
    if (!(await this.repos.networks.removeMember(network.id, orgId))) throw new AppError('not_found', 'Not a member of this network.');
    await this.access.audit(actor, 'network-change', { kind: 'network', recordId: network.id, detail: `removed ${orgId}` });
    return this.get(network.id);
  }

  private async requireRunner(actor: Actor, networkId: string): Promise<Network> {
    const admin = requireRole(actor, 'admin');
    const network = await this.get(networkId);
    const mine = network.members.find((m) => m.org.id === admin.orgId);
    if (!mine || !(mine.role === 'lead' || mine.org.kind === 'network-coordinator')) {
      throw new AppError('forbidden', 'Only the lead organisation or a network coordinator runs this network.');
    }
    return network;
  }
}
