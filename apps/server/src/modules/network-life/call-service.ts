import type { Call, CallApplication, CallCriterion, CallReview, CallStage, DecideCall, SaveApplication, SaveCall, SaveReview } from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import type { NetworkRepository } from '../../repositories/networks.ts';
import type { Tx } from '../../repositories/tx.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import type { ApplicationRow, CallRepository, CallRow } from './call-repository.ts';
import type { NotificationService } from '../../services/notification-service.ts';
import type { NetworkReader, NetworkReading } from '../../services/network-reader.ts';

/** A call's stage at `now`. */
export function stageOf(call: Pick<CallRow, 'published' | 'decidedAt' | 'deadline'>, now: Date): CallStage {
  if (!call.published) return 'draft';
  if (call.decidedAt) return 'decided';
  return call.deadline.getTime() > now.getTime() ? 'open' : 'closed';
}

/** The weighted mean of a review's scores, out of the highest score. */
function reviewScore(criteria: readonly CallCriterion[], scores: Readonly<Record<string, number>>): number {
  const weight = criteria.reduce((n, c) => n + c.weight, 0);
  return criteria.reduce((n, c) => n + (scores[c.id] ?? 0) * c.weight, 0) / weight;
}

/** The mean of the reviews' weighted scores, rounded to two decimals; null without a review. */
export function applicationScore(criteria: readonly CallCriterion[], reviews: readonly CallReview[]): number | null {
  if (reviews.length === 0) return null;
  const mean = reviews.reduce((n, r) => n + reviewScore(criteria, r.scores), 0) / reviews.length;
  return Math.round(mean * 100) / 100;
}

const notAt = (stage: CallStage, needed: string) => new AppError('call_stage', `The call is ${stage}: ${needed}.`);

/**
 * A network's calls for expressions of interest (KNOWLEDGE.md), how PACTESUR 2 chose its associated cities.
 * The lead and consortium partners' editors write and publish a call, may close it early and select once it
 * is closed; the expert committee's editors score with them; any organisation's editor applies while it is
 * open. A published call is read by everyone, without an account; an application by its organisation and
 * the reviewers. The organisations selected join the network in the call's role, in the selection's
 * transaction, audited as a change of the network.
 */
export class CallService {
  constructor(
    private readonly calls: CallRepository,
    private readonly networks: NetworkReader,
    private readonly members: NetworkRepository,
    private readonly access: AccessService,
    private readonly notifications: Pick<NotificationService, 'notify'>,
  ) {}

  async list(actor: Actor | null, slug: string): Promise<Call[]> {
    const reading = await this.networks.read(actor, slug);
    return this.views(actor, reading, await this.calls.list(reading.network.id, !reading.manager));
  }

  async get(actor: Actor | null, slug: string, id: string): Promise<Call> {
    const reading = await this.networks.read(actor, slug);
    const [view] = await this.views(actor, reading, await this.calls.list(reading.network.id, !reading.manager, id));
    if (!view) throw new AppError('not_found');
    return view;
  }

  async create(actor: Actor, slug: string, input: SaveCall): Promise<Call> {
    const { network, editor } = await this.networks.asManager(actor, slug, 'Calls are');
    return this.get(actor, slug, await this.calls.insert(network.id, editor.userId, input));
  }

  async update(actor: Actor, slug: string, id: string, input: SaveCall): Promise<Call> {
    await this.managed(actor, slug, id, async (call, trx) => {
      const stage = stageOf(call, new Date());
      if (stage === 'decided') throw notAt(stage, 'a decided call no longer changes');
      if (!input.published && call.published && (await this.calls.applications([id], undefined, trx)).length > 0)
        throw notAt(stage, 'a call that organisations answered stays published');
      await this.calls.update(id, input, trx);
    });
    return this.get(actor, slug, id);
  }

  async delete(actor: Actor, slug: string, id: string): Promise<void> {
    await this.managed(actor, slug, id, async (call, trx) => {
      if (call.decidedAt) throw notAt('decided', 'its selection is kept');
      await this.calls.delete(id, trx);
    });
  }

  /** Ends the applications now, before the deadline. */
  async close(actor: Actor, slug: string, id: string): Promise<Call> {
    await this.managed(actor, slug, id, async (call, trx) => {
      const stage = stageOf(call, new Date());
      if (stage !== 'open') throw notAt(stage, 'only an open call closes');
      await this.calls.close(id, trx);
    });
    return this.get(actor, slug, id);
  }

  /** The actor's organisation applies, or changes its application, while the call is open. */
  async apply(actor: Actor, slug: string, id: string, input: SaveApplication): Promise<Call> {
    const editor = requireRole(actor, 'editor');
    const reading = await this.networks.read(actor, slug);
    if (reading.role === 'lead' || reading.role === 'consortium') throw new AppError('forbidden', 'The lead and consortium partners run the call; they do not answer it.');
    await this.access.inTransaction(async (trx) => {
      const call = await this.calls.lock(reading.network.id, id, trx);
      if (!call?.published) throw new AppError('not_found');
      const stage = stageOf(call, new Date());
      if (stage !== 'open') throw notAt(stage, 'applications were taken until its deadline');
      const unknown = Object.keys(input.answers).filter((k) => !call.criteria.some((c) => c.id === k));
      if (unknown.length > 0) throw new AppError('validation_failed', `The call has no criterion ${unknown.join(', ')}.`);
      const blank = call.criteria.filter((c) => !input.answers[c.id]);
      if (blank.length > 0) throw new AppError('validation_failed', `Answer every criterion: ${blank.map((c) => c.label).join('; ')}.`);
      await this.calls.upsertApplication(id, editor.orgId, editor.userId, input, trx);
    });
    return this.get(actor, slug, id);
  }

  async withdraw(actor: Actor, slug: string, id: string): Promise<Call> {
    const editor = requireRole(actor, 'editor');
    const reading = await this.networks.read(actor, slug);
    await this.access.inTransaction(async (trx) => {
      const call = await this.calls.lock(reading.network.id, id, trx);
      if (!call?.published) throw new AppError('not_found');
      const stage = stageOf(call, new Date());
      if (stage !== 'open') throw notAt(stage, 'an application is withdrawn before the deadline');
      if (!(await this.calls.deleteApplication(id, editor.orgId, trx))) throw new AppError('not_found', 'Your organisation has not applied.');
    });
    return this.get(actor, slug, id);
  }

  /** A reviewer scores an application on every criterion, once the call is published and until it is decided. */
  async review(actor: Actor, slug: string, id: string, applicationId: string, input: SaveReview): Promise<Call> {
    const editor = requireRole(actor, 'editor');
    const reading = await this.networks.read(actor, slug);
    if (!reading.reviewer) throw new AppError('forbidden', 'Applications are scored by the lead, the consortium partners and the expert committee.');
    await this.access.inTransaction(async (trx) => {
      const call = await this.calls.lock(reading.network.id, id, trx);
      if (!call) throw new AppError('not_found');
      const stage = stageOf(call, new Date());
      if (stage === 'draft' || stage === 'decided') throw notAt(stage, 'applications are scored between publication and the selection');
      const application = (await this.calls.applications([id], undefined, trx)).find((a) => a.id === applicationId);
      if (!application) throw new AppError('not_found', 'No such application to this call.');
      if (application.orgId === editor.orgId) throw new AppError('forbidden', 'No one scores their own organisation’s application.');
      const keys = Object.keys(input.scores);
      if (keys.length !== call.criteria.length || !call.criteria.every((c) => c.id in input.scores))
        throw new AppError('validation_failed', `Score every criterion of the call, and only them: ${call.criteria.map((c) => c.id).join(', ')}.`);
      await this.calls.upsertReview(applicationId, editor.userId, editor.orgId, input.scores, input.comment, trx);
    });
    return this.get(actor, slug, id);
  }

  /** The selection, once the call is closed: the organisations selected join the network in the call's role. */
  async decide(actor: Actor, slug: string, id: string, input: DecideCall): Promise<Call> {
    const announce = await this.managed(actor, slug, id, async (call, trx) => {
      const stage = stageOf(call, new Date());
      if (stage !== 'closed') throw notAt(stage, 'the selection is made once the call is closed, and once');
      const applications = await this.calls.applications([id], undefined, trx);
      const chosen = applications.filter((a) => input.selected.includes(a.id));
      if (chosen.length !== new Set(input.selected).size) throw new AppError('validation_failed', 'Select among the applications to this call.');
      await this.calls.decide(id, chosen.map((a) => a.id), input.note, trx);
      const joined = await this.members.join(call.networkId, chosen.map((a) => a.orgId), call.joinAs, trx);
      for (const orgId of joined)
        await this.access.audit(actor, 'network-change', { kind: 'network', recordId: call.networkId, detail: `${orgId} as ${call.joinAs}, selected by call ${id}` }, trx);
      // Whoever applied for each organisation hears the outcome.
      return this.notifications.notify(
        trx,
        applications.flatMap((a) =>
          a.userId === null
            ? []
            : [{ userId: a.userId, orgId: a.orgId, subject: { kind: 'call-decided' as const, networkSlug: slug, callId: id, callTitle: call.title, selected: input.selected.includes(a.id) } }],
        ),
      );
    });
    await announce();
    return this.get(actor, slug, id);
  }

  /** Runs a manager's change of a call under its row lock. */
  private async managed<T>(actor: Actor, slug: string, id: string, change: (call: CallRow, trx: Tx) => Promise<T>): Promise<T> {
    const { network } = await this.networks.asManager(actor, slug, 'Calls are');
    return this.access.inTransaction(async (trx) => {
      const call = await this.calls.lock(network.id, id, trx);
      if (!call) throw new AppError('not_found');
      return change(call, trx);
    });
  }

  private async views(actor: Actor | null, reading: NetworkReading, rows: readonly CallRow[]): Promise<Call[]> {
    const ids = rows.map((r) => r.id);
    const all = reading.reviewer ? await this.calls.applications(ids) : [];
    const mine = actor?.orgId ? (reading.reviewer ? all.filter((a) => a.orgId === actor.orgId) : await this.calls.applications(ids, actor.orgId)) : [];
    const reviews = await this.calls.reviews(all.map((a) => a.id));
    const now = new Date();
    const canEdit = actor?.role === 'editor' || actor?.role === 'admin';
    return rows.map((r) => {
      const stage = stageOf(r, now);
      const own = mine.find((a) => a.callId === r.id);
      const listed = reading.reviewer
        ? all
            .filter((a) => a.callId === r.id)
            .map((a) => applicationView(a, reviews.get(a.id) ?? [], r.criteria))
            .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.submittedAt.localeCompare(b.submittedAt))
        : [];
      return {
        id: r.id,
        networkSlug: reading.network.slug,
        networkName: reading.network.name,
        title: r.title,
        description: r.description,
        criteria: r.criteria,
        deadline: r.deadline.toISOString(),
        places: r.places,
        joinAs: r.joinAs,
        published: r.published,
        stage,
        decidedAt: r.decidedAt?.toISOString() ?? null,
        decisionNote: r.decisionNote,
        applicationCount: reading.reviewer ? listed.length : null,
        mine: own ? applicationView(own, [], r.criteria) : null,
        applications: listed,
        canManage: reading.manager,
        canReview: reading.reviewer,
        canApply: canEdit && stage === 'open' && reading.role !== 'lead' && reading.role !== 'consortium',
      };
    });
  }
}

function applicationView(a: ApplicationRow, reviews: CallReview[], criteria: readonly CallCriterion[]): CallApplication {
  return {
    id: a.id,
    orgId: a.orgId,
    orgName: a.orgName,
    orgCountry: a.orgCountry,
    answers: a.answers,
    motivation: a.motivation,
    contact: a.contact,
    byName: a.byName,
    submittedAt: a.submittedAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    reviews,
    score: applicationScore(criteria, reviews),
    outcome: a.outcome,
  };
}
