import { MAX_EXCHANGE_GUESTS, ROLE_RANK, type AddExchangeGuest, type Exchange, type SaveExchange } from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import type { NetworkRepository } from '../../repositories/networks.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor, type OrgActor } from '../../services/actor.ts';
import type { NetworkReader, NetworkReading } from '../../services/network-reader.ts';
import type { ActivityRepository, ActivityRow } from './activity-repository.ts';
import type { ExchangeRepository, ExchangeRow } from './exchange-repository.ts';

const isEditor = (actor: Actor): boolean => actor.role != null && ROLE_RANK[actor.role] >= ROLE_RANK.editor;

const noExchange = () => new AppError('not_found', 'No exchange is recorded for this activity yet.');

/** May `editor` change the exchange: a manager of the network, or an editor of its host once there is one. */
const keeps = (reading: NetworkReading, editor: OrgActor, current: ExchangeRow | undefined): boolean =>
  reading.manager || (current !== undefined && current.hostOrgId === editor.orgId);

const KEPT_BY = 'The exchange is kept by its host and by the lead and consortium partners of the network.';

/**
 * The exchanges of officers during the member cities' mass events (KNOWLEDGE.md): an activity of kind
 * `exchange` gets its record — the host, objectives, programme, report — and the officers each member
 * organisation sends. Only the network's members read it (the guests' names are personal data); the lead
 * and consortium partners' editors write it, then the host's editors too. The host alone may tie it to an
 * event plan it can read, and only the host's readers see that link. Each change is audited as a change of
 * the network, in the change's transaction.
 */
export class ExchangeService {
  constructor(
    private readonly exchanges: ExchangeRepository,
    private readonly activities: ActivityRepository,
    private readonly networks: NetworkReader,
    private readonly members: NetworkRepository,
    private readonly access: AccessService,
  ) {}

  /** The exchange, for a member of the network; anyone else (and the public: null) gets `not_found`. */
  async get(actor: Actor | null, slug: string, id: string): Promise<Exchange> {
    if (!actor) throw new AppError('not_found');
    const reading = await this.memberReading(actor, slug);
    await this.exchangeActivity(reading, id);
    const row = await this.exchanges.find(id);
    if (!row) throw noExchange();
    return this.view(actor, reading, row);
  }

  /** Writes the exchange of an activity of kind `exchange`, first time (a manager) or again (a manager or the host). */
  async save(actor: Actor, slug: string, id: string, input: SaveExchange): Promise<Exchange> {
    const reading = await this.memberReading(actor, slug);
    const editor = requireRole(actor, 'editor');
    const activity = await this.activityOf(reading, id);
    if (!keeps(reading, editor, await this.exchanges.find(id))) throw new AppError('forbidden', KEPT_BY);
    if (activity.kind !== 'exchange') throw new AppError('conflict', 'Only an activity of kind exchange of officers has an exchange record.');
    if (!(await this.members.roleOf(reading.network.id, input.hostOrgId)))
      throw new AppError('validation_failed', 'The host is a member organisation of the network.', [{ path: 'hostOrgId', message: 'not a member of the network' }]);
    await this.requireOwnPlan(actor, editor, input);
    await this.access.inTransaction(async (trx) => {
      const current = await this.exchanges.lock(id, trx);
      if (!keeps(reading, editor, current)) throw new AppError('forbidden', KEPT_BY);
      if (current && current.hostOrgId !== input.hostOrgId && !reading.manager)
        throw new AppError('forbidden', 'The lead and consortium partners of the network choose the host.');
      // Who does not see the host's link to its plan keeps it as it is, while the host stays the same.
      const keptPlan = input.eventId === null && current?.hostOrgId === input.hostOrgId && editor.orgId !== input.hostOrgId ? current.eventId : null;
      await this.exchanges.save(id, editor.userId, { ...input, eventId: input.eventId ?? keptPlan }, trx);
      await this.access.audit(
        actor,
        'network-change',
        { kind: 'network', recordId: reading.network.id, ownerOrgId: input.hostOrgId, detail: `exchange ${id} ${current ? 'updated' : 'created'}` },
        trx,
      );
    });
    return this.get(actor, slug, id);
  }

  /** The acting organisation (a member, not the host) sends an officer, for days within the exchange's. */
  async addGuest(actor: Actor, slug: string, id: string, input: AddExchangeGuest): Promise<Exchange> {
    const reading = await this.memberReading(actor, slug);
    const editor = requireRole(actor, 'editor');
    const activity = await this.exchangeActivity(reading, id);
    if (input.arrivesOn < activity.startsOn || input.leavesOn > activity.endsOn) {
      const path = input.arrivesOn < activity.startsOn ? 'arrivesOn' : 'leavesOn';
      throw new AppError('validation_failed', `The guests stay within the exchange, from ${activity.startsOn} to ${activity.endsOn}.`, [{ path, message: 'outside the exchange' }]);
    }
    await this.access.inTransaction(async (trx) => {
      const current = await this.exchanges.lock(id, trx);
      if (!current) throw noExchange();
      if (current.hostOrgId === editor.orgId) throw new AppError('forbidden', 'The host receives the guests; the other member organisations send them.');
      if ((await this.exchanges.guestCount(id, trx)) >= MAX_EXCHANGE_GUESTS) throw new AppError('conflict', `An exchange receives at most ${MAX_EXCHANGE_GUESTS} guests.`);
      const guestId = await this.exchanges.addGuest(id, editor.orgId, editor.userId, input, trx);
      await this.access.audit(
        actor,
        'network-change',
        { kind: 'network', recordId: reading.network.id, ownerOrgId: current.hostOrgId, detail: `exchange ${id} guest ${guestId} added` },
        trx,
      );
    });
    return this.get(actor, slug, id);
  }

  /** Withdraws a guest: their own organisation's editors, the host's or the network's managers. */
  async removeGuest(actor: Actor, slug: string, id: string, guestId: string): Promise<Exchange> {
    const reading = await this.memberReading(actor, slug);
    await this.exchangeActivity(reading, id);
    await this.access.inTransaction(async (trx) => {
      const current = await this.exchanges.lock(id, trx);
      if (!current) throw noExchange();
      const orgId = await this.exchanges.guestOrg(id, guestId, trx);
      if (!orgId) throw new AppError('not_found', 'No such guest of this exchange.');
      const mayRemove = isEditor(actor) && (reading.manager || actor.orgId === orgId || actor.orgId === current.hostOrgId);
      if (!mayRemove) throw new AppError('forbidden', 'A guest is withdrawn by their own organisation, the host or the lead and consortium partners.');
      await this.exchanges.removeGuest(id, guestId, trx);
      await this.access.audit(
        actor,
        'network-change',
        { kind: 'network', recordId: reading.network.id, ownerOrgId: current.hostOrgId, detail: `exchange ${id} guest ${guestId} withdrawn` },
        trx,
      );
    });
    return this.get(actor, slug, id);
  }

  /** The reading of a member of the network; the network's exchanges do not exist for anyone else. */
  private async memberReading(actor: Actor, slug: string): Promise<NetworkReading> {
    const reading = await this.networks.read(actor, slug);
    if (!reading.member) throw new AppError('not_found');
    return reading;
  }

  private async activityOf(reading: NetworkReading, id: string): Promise<ActivityRow> {
    const [activity] = await this.activities.list(reading.network.id, false, id);
    if (!activity) throw new AppError('not_found');
    return activity;
  }

  /** The activity, which must be an exchange of officers to have an exchange record. */
  private async exchangeActivity(reading: NetworkReading, id: string): Promise<ActivityRow> {
    const activity = await this.activityOf(reading, id);
    if (activity.kind !== 'exchange') throw new AppError('not_found', 'This activity is not an exchange of officers.');
    return activity;
  }

  /** The host alone ties the exchange to an event plan (if any), and only to one it may read. */
  private async requireOwnPlan(actor: Actor, editor: OrgActor, input: SaveExchange): Promise<void> {
    const refused = () =>
      new AppError('validation_failed', 'The host ties the exchange to one of the event plans it can read.', [{ path: 'eventId', message: 'not an event plan of the host' }]);
    if (input.eventId === null) return;
    if (editor.orgId !== input.hostOrgId) throw refused();
    try {
      await this.access.require(actor, 'event', input.eventId, 'read');
    } catch (error) {
      if (error instanceof AppError) throw refused();
      throw error;
    }
  }

  private async view(actor: Actor, reading: NetworkReading, row: ExchangeRow): Promise<Exchange> {
    const editor = isEditor(actor);
    const host = actor.orgId === row.hostOrgId;
    const guests = await this.exchanges.guests(row.activityId);
    return {
      activityId: row.activityId,
      hostOrgId: row.hostOrgId,
      hostName: row.hostName,
      objectives: row.objectives,
      programme: row.programme,
      eventId: host ? row.eventId : null,
      report: row.report,
      guests: guests.map((g) => ({ ...g, canRemove: editor && (reading.manager || host || g.orgId === actor.orgId) })),
      canEdit: reading.manager || (editor && host),
      canAddGuests: editor && !host,
    };
  }
}
