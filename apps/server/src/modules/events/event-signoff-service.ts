import type { CloseCondition, EventCondition, EventRecord, EventStatus, ReviewEvent, SubmitEvent } from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import type { EventLiveService } from './event-live-service.ts';
import type { EventRepository } from './event-repository.ts';
import type { EventReviewRepository } from './event-review-repository.ts';
import type { EventService } from './event-service.ts';

const wrongStage = (status: string, needs: string): AppError =>
  new AppError('event_wrong_stage', `The plan is ${status}: this step needs it ${needs}.`);

/**
 * The plan's way to the event (EVENTS.md, sign-off): the owner submits it to the agencies that sign
 * (police, fire, ambulance, transport, the prefecture), which shares it with each of them to read; each
 * agency approves, approves with conditions, or asks for changes (which sends the plan back to a draft);
 * once every agency has approved, the plan is approved, its conditions tracked to closure by the owner or
 * the agency that set them; then it goes live and is debriefed.
 */
export class EventSignOffService {
  constructor(
    private readonly events: EventRepository,
    private readonly reviews: EventReviewRepository,
    private readonly plans: EventService,
    private readonly liveLog: EventLiveService,
    private readonly access: AccessService,
  ) {}

  /** Draft → submitted: every reviewer asked (again), the plan and its simulations shared with each to read. */
  async submit(actor: Actor, id: string, input: SubmitEvent): Promise<EventRecord> {
    requireRole(actor, 'editor');
    const ownerOrgId = await this.access.requireOwner(actor, 'event', id, 'share');
    const row = await this.plans.row(id);
    if (row.status !== 'draft') throw wrongStage(row.status, 'to be a draft');
    const reviewers = [...new Set(input.reviewers)];
    if (reviewers.includes(ownerOrgId))
      throw new AppError('validation_failed', 'The plan is signed by other agencies than its own organisation.', [{ path: 'reviewers', message: 'includes the owner' }]);
    const current = await this.plans.record(id, 'owner');
    const simulations = [current.simulations.allExits, current.simulations.largestClosed].filter((s): s is string => s !== null);
    for (const orgId of reviewers) {
      await this.access.share(actor, 'event', id, orgId, 'read');
      for (const sim of simulations) await this.access.share(actor, 'crowd-simulation', sim, orgId, 'read').catch(() => undefined);
    }
    await this.access.inTransaction(async (trx) => {
      await this.reviews.request(id, reviewers, trx);
      await this.events.update(id, { status: 'submitted' }, undefined, trx);
      await this.access.audit(actor, 'update', { kind: 'event', recordId: id, ownerOrgId, detail: `submitted to ${reviewers.length} agencies${input.message ? `: ${input.message.slice(0, 200)}` : ''}` }, trx);
    });
    return this.plans.changed(id, 'owner', ['status', 'reviews']);
  }

  /**
   * A reviewing agency's decision. Changes requested: back to a draft. Every agency approved: approved.
   * Otherwise under review.
   */
  async review(actor: Actor, id: string, input: ReviewEvent): Promise<EventRecord> {
    const reviewer = requireRole(actor, 'editor');
    const { access, ownerOrgId } = await this.access.read(actor, 'event', id);
    const row = await this.plans.row(id);
    const reviews = await this.reviews.reviews(id);
    if (!reviews.some((r) => r.orgId === reviewer.orgId)) throw new AppError('forbidden', 'Your organisation was not asked to sign this plan.');
    if (row.status !== 'submitted' && row.status !== 'under-review') throw wrongStage(row.status, 'to be submitted for review');
    if (input.decision === 'approved-with-conditions' && input.conditions.length === 0)
      throw new AppError('validation_failed', 'An approval with conditions names at least one condition.', [{ path: 'conditions', message: 'empty' }]);
    const decisions = new Map(reviews.map((r) => [r.orgId, r.decision]));
    decisions.set(reviewer.orgId, input.decision);
    const all = [...decisions.values()];
    const status: EventStatus =
      input.decision === 'changes-requested' ? 'draft' : all.every((d) => d === 'approved' || d === 'approved-with-conditions') ? 'approved' : 'under-review';
    await this.access.inTransaction(async (trx) => {
      await this.reviews.decide(id, reviewer.orgId, input.decision, input.comment, reviewer.userId, trx);
      await this.reviews.addConditions(id, reviewer.orgId, input.decision === 'approved-with-conditions' ? input.conditions : [], trx);
      await this.events.update(id, { status }, undefined, trx);
      await this.access.audit(actor, 'update', { kind: 'event', recordId: id, ownerOrgId, detail: `review ${input.decision}${input.conditions.length ? ` with ${input.conditions.length} conditions` : ''}` }, trx);
    });
    return this.plans.changed(id, access, ['status', 'reviews', 'conditions']);
  }

  /** The owner, or the agency that set the condition, marks it met or waived (or open again), with a note. */
  async closeCondition(actor: Actor, id: string, conditionId: string, input: CloseCondition): Promise<EventCondition> {
    const member = requireRole(actor, 'editor');
    const { access, ownerOrgId } = await this.access.read(actor, 'event', id);
    const condition = await this.reviews.findCondition(id, conditionId);
    if (!condition) throw new AppError('not_found', 'No such condition on this plan.');
    if (member.orgId !== ownerOrgId && member.orgId !== condition.orgId)
      throw new AppError('forbidden', 'A condition is closed by the plan’s organisation or the agency that set it.');
    await this.access.inTransaction(async (trx) => {
      await this.reviews.closeCondition(conditionId, input.status, input.note, member.userId, trx);
      // Every change of the record counts in its revision, so an open page tells it from its own saves.
      await this.events.update(id, {}, undefined, trx);
      await this.access.audit(actor, 'update', { kind: 'event', recordId: id, ownerOrgId, detail: `condition ${conditionId} ${input.status}` }, trx);
    });
    const record = await this.plans.changed(id, access, ['conditions']);
    const closed = record.conditions.find((c) => c.id === conditionId);
    if (!closed) throw new AppError('not_found');
    return closed;
  }

  /** Approved → live: the live log opens. */
  async startLive(actor: Actor, id: string): Promise<EventRecord> {
    requireRole(actor, 'editor');
    const { ownerOrgId } = await this.access.require(actor, 'event', id, 'edit');
    const row = await this.plans.row(id);
    if (row.status !== 'approved') throw wrongStage(row.status, 'approved');
    await this.access.inTransaction(async (trx) => {
      await this.events.update(id, { status: 'live' }, undefined, trx);
      await this.access.audit(actor, 'update', { kind: 'event', recordId: id, ownerOrgId, detail: 'live' }, trx);
    });
    await this.liveLog.note(actor, id, 'live');
    return this.plans.changed(id, row.ownerOrgId === actor.orgId ? 'owner' : 'edit', ['status']);
  }

  /** Live → debriefed, with what the event taught. */
  async endLive(actor: Actor, id: string, debrief: string): Promise<EventRecord> {
    requireRole(actor, 'editor');
    const { ownerOrgId, access } = await this.access.require(actor, 'event', id, 'edit');
    const row = await this.plans.row(id);
    if (row.status !== 'live') throw wrongStage(row.status, 'live');
    await this.liveLog.note(actor, id, 'debriefed');
    await this.access.inTransaction(async (trx) => {
      await this.events.update(id, { status: 'debriefed', debrief }, undefined, trx);
      await this.access.audit(actor, 'update', { kind: 'event', recordId: id, ownerOrgId, detail: 'debriefed' }, trx);
    });
    return this.plans.changed(id, access, ['status', 'debrief']);
  }
}
