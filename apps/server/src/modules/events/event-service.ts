import {
  EventPlan,
  type Access,
  type BarrierChecks,
  type CalendarEvent,
  type CreateEvent,
  type CreateCrowdSimulation,
  type EventChanges,
  type EventKind,
  type EventRecord,
  type EventSimulations,
  type EventStatus,
  type EventSummary,
  type LngLat,
  type ProfileConstants,
  type NextEvent,
  type SimulateEvent,
  type UpdateEvent,
} from '@pactesur/contracts';
import { ringContains, xy } from '@pactesur/geo';
import { DEFAULT_CATALOGUE } from '@pactesur/barriers';
import { calculateEvent, checkBarrierLines, effectiveConstants, exitFlowPerMin, flowsOf, planChanges, simulationGeometry } from '@pactesur/events';
import { AppError } from '../../errors/app-error.ts';
import { recordChannel } from '../../realtime/channels.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import type { CoreRecords, ModuleDeps } from '../module.ts';
import type { EventProfileService } from './event-profile-service.ts';
import type { EventRepository, EventRow } from './event-repository.ts';
import type { EventReviewRepository } from './event-review-repository.ts';

/** The stages at which the plan itself changes; later, it is reviewed, signed or run as it stands. */
const EDITABLE: ReadonlySet<string> = new Set<EventStatus>(['draft']);

const NO_SIMULATIONS: Omit<EventSimulations, 'handMinutes'> = { allExits: null, largestClosed: null, closedExitId: null, startedAt: null, people: null };

/** The expected peak of a stored plan, for lists (which do not parse the whole plan). */
const peakOf = (plan: unknown): number => {
  const peak = (plan as { expectedPeak?: unknown } | null)?.expectedPeak;
  return typeof peak === 'number' ? peak : 0;
};

/** Throws `validation_failed` when two features of the plan share an id. */
function checkPlan(plan: EventPlan): void {
  const ids = new Set<string>();
  for (const [i, f] of plan.features.entries()) {
    if (ids.has(f.id)) throw new AppError('validation_failed', `Two features of the plan are called "${f.id}".`, [{ path: `plan.features.${i}.id`, message: 'duplicate' }]);
    ids.add(f.id);
  }
}

/**
 * Event security plans (EVENTS.md): a plan of the organisation's for an event at a site it may read; its
 * figures computed with the jurisdiction's profile each time it is read; its crowd simulations run as the
 * site's; next year's edition started from it. Sensitive: every read is audited and only the owner and the
 * organisations it was shared with (the reviewing agencies among them) see it.
 */
export class EventService {
  constructor(
    private readonly events: EventRepository,
    private readonly reviews: EventReviewRepository,
    private readonly profiles: EventProfileService,
    private readonly access: AccessService,
    private readonly live: ModuleDeps['live'],
    private readonly core: CoreRecords,
  ) {}

  async list(actor: Actor, siteId?: string): Promise<EventSummary[]> {
    const rows = await this.access.listVisible(actor, 'event', (orgId, sharedIds) => this.events.listVisible(orgId, sharedIds, siteId));
    return rows.map(({ row, access }) => this.summary(row, access));
  }

  async get(actor: Actor, id: string): Promise<EventRecord> {
    const { access } = await this.access.read(actor, 'event', id);
    return this.record(id, access);
  }

  async create(actor: Actor, input: CreateEvent): Promise<EventRecord> {
    const editor = requireRole(actor, 'editor');
    const site = await this.core.sites.get(actor, input.siteId);
    await this.profiles.requireOwn(editor.orgId, input.profileId);
    checkDates(input.startsAt, input.endsAt);
    const plan = input.plan ?? EventPlan.parse({});
    checkPlan(plan);
    const id = await this.access.inTransaction(async (trx) => {
      const created = await this.events.create(
        { ...input, ownerOrgId: editor.orgId, siteId: site.id, previousId: null, plan, createdBy: editor.userId },
        trx,
      );
      await this.access.audit(actor, 'create', { kind: 'event', recordId: created, ownerOrgId: editor.orgId, detail: `site ${site.id}` }, trx);
      return created;
    });
    return this.record(id, 'owner');
  }

  /**
   * Saves as you go: the parts given replace the stored ones; with `revision`, only on that revision
   * (`conflict`). The plan changes only as a draft; whether it is listed, and the debrief, at any stage.
   */
  async update(actor: Actor, id: string, input: UpdateEvent): Promise<EventRecord> {
    requireRole(actor, 'editor');
    const { access, ownerOrgId } = await this.access.require(actor, 'event', id, 'edit');
    const row = await this.row(id);
    const fields = Object.keys(input).filter((k) => k !== 'revision');
    const planFields = fields.filter((k) => k !== 'listed' && k !== 'debrief');
    if (planFields.length > 0 && !EDITABLE.has(row.status))
      throw new AppError('event_wrong_stage', `The plan is ${row.status}: it changes only as a draft (a reviewing agency asks for changes to reopen it).`);
    if (input.debrief !== undefined && row.status !== 'live' && row.status !== 'debriefed')
      throw new AppError('event_wrong_stage', 'The debrief is written once the event is live.');
    if (input.profileId !== undefined) await this.profiles.requireOwn(ownerOrgId, input.profileId);
    checkDates(input.startsAt ?? row.startsAt, input.endsAt ?? row.endsAt);
    const plan = input.plan ? EventPlan.parse({ ...(row.plan as object), ...input.plan }) : undefined;
    if (plan) checkPlan(plan);
    await this.access.inTransaction(async (trx) => {
      const changed = await this.events.update(id, { ...input, plan }, input.revision, trx);
      if (!changed) throw new AppError('conflict', 'Someone else saved this plan since you opened it: reload it to see their changes, then make yours again.');
      await this.access.audit(actor, 'update', { kind: 'event', recordId: id, ownerOrgId, detail: fields.join(',') }, trx);
    });
    return this.changed(id, access, fields);
  }

  /** Only the owner organisation deletes (ADR 0018). */
  async delete(actor: Actor, id: string): Promise<void> {
    const ownerOrgId = await this.access.requireOwner(actor, 'event', id, 'delete');
    await this.access.deleteRecord(actor, 'event', id, ownerOrgId, (trx) => this.events.delete(id, trx));
    await this.live.publish(recordChannel('event', id), { change: 'deleted' });
  }

  /**
   * Next year's edition: a draft of the owner's with this plan's features, worksheets and sections, the
   * dates given, and this one as its `previousId`, so its page shows what changed. It starts unshared and
   * unsigned: the agencies sign each edition.
   */
  async next(actor: Actor, id: string, input: NextEvent): Promise<EventRecord> {
    const editor = requireRole(actor, 'editor');
    await this.access.requireOwner(actor, 'event', id, 'version');
    const row = await this.row(id);
    checkDates(input.startsAt, input.endsAt);
    const created = await this.access.inTransaction(async (trx) => {
      const newId = await this.events.create(
        {
          ownerOrgId: row.ownerOrgId,
          siteId: row.siteId,
          previousId: row.id,
          name: input.name ?? row.name,
          kind: row.kind,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          submitBy: null,
          listed: row.listed,
          profileId: row.profileId,
          plan: EventPlan.parse(row.plan),
          createdBy: editor.userId,
        },
        trx,
      );
      await this.access.audit(actor, 'create', { kind: 'event', recordId: newId, ownerOrgId: row.ownerOrgId, detail: `next edition of ${row.id}` }, trx);
      return newId;
    });
    return this.record(created, 'owner');
  }

  /** What changed since the edition this one started from (both read, both audited). */
  async changes(actor: Actor, id: string): Promise<EventChanges> {
    const after = await this.get(actor, id);
    if (!after.previousId) throw new AppError('not_found', 'This plan did not start from an earlier edition.');
    const before = await this.get(actor, after.previousId);
    return {
      previousId: before.id,
      previousName: before.name,
      ...planChanges(before.plan, after.plan, before.calculations.figures, after.calculations.figures),
    };
  }

  /**
   * The plan's vehicle-barrier lines checked against the newest ready vehicle threat analysis of the site
   * the reader may read (read through the core, audited), with the planning catalogue's products.
   */
  async barrierChecks(actor: Actor, id: string): Promise<BarrierChecks> {
    const event = await this.get(actor, id);
    const ready = (await this.core.threats.list(actor, event.siteId)).filter((a) => a.status === 'ready');
    const newest = [...ready].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    if (!newest) return { analysis: null, lines: [] };
    const { result } = await this.core.threats.result(actor, newest.id);
    return {
      analysis: { id: newest.id, name: newest.name, createdAt: newest.createdAt },
      lines: checkBarrierLines(event.plan, result, DEFAULT_CATALOGUE).map((l) => ({ ...l, crossings: [...l.crossings] })),
    };
  }

  /** The network's calendar: the listed events of its members (name, dates, city), never their plans. */
  async calendar(actor: Actor, network: string): Promise<CalendarEvent[]> {
    requireRole(actor, 'viewer');
    if (!(await this.events.networkExists(network))) throw new AppError('not_found', 'No such network.');
    const since = new Date(Date.now() - 365 * 24 * 3600_000);
    const rows = await this.events.calendar(network, since);
    return rows.map((r) => ({ ...r, kind: r.kind as EventKind }));
  }

  /**
   * One click, two crowd simulations of the site in the plan's area (audience zones, structures as holes):
   * every exit open, and the largest exit closed (when there are two or more). The people: as given, else
   * the expected peak, else the holding capacity. Each person takes the exit that gets them out soonest
   * given the queues. The simulations are the site's records, shared with the agencies already asked to
   * sign; the plan keeps their ids.
   */
  async simulate(actor: Actor, id: string, input: SimulateEvent): Promise<EventRecord> {
    requireRole(actor, 'analyst');
    const ownerOrgId = await this.access.requireOwner(actor, 'event', id, 'scenario');
    const access = 'owner';
    const current = await this.record(id, access);
    const geometry = simulationGeometry(current.plan, current.profile.constants);
    if (geometry.walkable.length === 0) throw new AppError('scenario_invalid', 'The plan has no audience zone to simulate: draw one first.');
    if (geometry.exits.length === 0) throw new AppError('scenario_invalid', 'The plan has no exit: draw the exits on the edge of its audience zones first.');
    const holding = current.calculations.figures.find((f) => f.key === 'holdingCapacity')?.value ?? null;
    const people = input.people ?? (current.plan.expectedPeak > 0 ? current.plan.expectedPeak : holding);
    if (!people || people < 1) throw new AppError('scenario_invalid', 'Say how many people to simulate: the plan has no expected peak and no holding capacity.');
    const walkable = { type: 'MultiPolygon' as const, coordinates: withHoles(geometry.walkable, geometry.obstacles) };
    const base = (exits: typeof geometry.exits, name: string): CreateCrowdSimulation => ({
      name: `${current.name} — ${name}`,
      model: input.model,
      exits: exits.map((e) => ({ id: e.id, line: e.line })),
      count: people,
      walkable,
      exitChoice: 'congestion',
      premovementS: [0, 30],
      durationS: 1800,
      seed: input.seed,
    });
    const all = await this.core.crowd.start(actor, current.siteId, base(geometry.exits, 'all exits'));
    const largest = geometry.exits.length > 1 ? geometry.largestExitId : null;
    const closed = largest
      ? await this.core.crowd.start(actor, current.siteId, base(geometry.exits.filter((e) => e.id !== largest), `exit "${nameOf(current, largest)}" closed`))
      : null;
    const simulations: Omit<EventSimulations, 'handMinutes'> = {
      allExits: all.id,
      largestClosed: closed?.id ?? null,
      closedExitId: largest,
      startedAt: new Date().toISOString(),
      people,
    };
    for (const review of current.reviews)
      for (const sim of [all, closed]) if (sim) await this.access.share(actor, 'crowd-simulation', sim.id, review.orgId, 'read');
    await this.access.inTransaction(async (trx) => {
      await this.events.update(id, { simulations }, undefined, trx);
      await this.access.audit(actor, 'update', { kind: 'event', recordId: id, ownerOrgId, detail: `simulations ${all.id}${closed ? ` ${closed.id}` : ''}` }, trx);
    });
    return this.changed(id, access, ['simulations']);
  }

  /** The record as the API shows it: its profile, its figures, its reviews and conditions. */
  async record(id: string, access: Access): Promise<EventRecord> {
    const row = await this.row(id);
    const profile = await this.profiles.of(row.ownerOrgId, row.profileId);
    const plan = EventPlan.parse(row.plan);
    return {
      ...this.summary(row, access),
      listed: row.listed,
      revision: row.revision,
      profile,
      plan,
      calculations: calculateEvent(plan, profile.constants, profile.sources),
      simulations: simulationsOf(row.simulations, plan, effectiveConstants(profile.constants, plan.reducedFlows)),
      reviews: await this.reviews.reviews(id),
      conditions: await this.reviews.conditions(id),
      debrief: row.debrief,
      createdAt: row.createdAt,
      createdByName: row.createdByName,
    };
  }

  /** Tells the pages open on the event what changed, and answers with the record. */
  async changed(id: string, access: Access, fields: readonly string[]): Promise<EventRecord> {
    const record = await this.record(id, access);
    await this.live.publish(recordChannel('event', id), { change: 'updated', fields, revision: record.revision, at: record.updatedAt });
    return record;
  }

  async row(id: string): Promise<EventRow> {
    const row = await this.events.find(id);
    if (!row) throw new AppError('not_found');
    return row;
  }

  private summary(r: EventRow, access: Access): EventSummary {
    return {
      id: r.id,
      ownerOrgId: r.ownerOrgId,
      ownerName: r.ownerName,
      siteId: r.siteId,
      siteName: r.siteName,
      name: r.name,
      kind: r.kind as EventKind,
      status: r.status as EventStatus,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      submitBy: r.submitBy,
      expectedPeak: peakOf(r.plan),
      previousId: r.previousId,
      updatedAt: r.updatedAt,
      access,
    };
  }
}

/** The zones with each structure as a hole of the zone holding its first corner (a structure outside every zone is no obstacle). */
function withHoles(zones: readonly LngLat[][][], obstacles: readonly LngLat[][]): LngLat[][][] {
  const polygons = zones.map((z) => [...z]);
  for (const ring of obstacles) {
    const at = ring[0];
    const zone = at && polygons.find((p) => p[0] && inRing(at, p[0]));
    if (zone) zone.push(ring);
  }
  return polygons;
}

/** Whether `p` is inside the ring: the even–odd rule on lon/lat, which is enough at a square's scale. */
const inRing = (p: LngLat, ring: readonly LngLat[]): boolean => ringContains(ring.map(([x, y]) => xy(x, y)), xy(p[0], p[1]));

/** The stored simulations with the hand calculation for as many people, with every exit and without the one closed. */
function simulationsOf(stored: unknown, plan: EventPlan, constants: ProfileConstants): EventSimulations {
  const sims = { ...NO_SIMULATIONS, ...(stored as Partial<EventSimulations>) };
  const exits = plan.features.flatMap((f) => (f.type === 'exit' ? [f] : []));
  const minutes = (open: typeof exits): number | null => {
    const flows = flowsOf(constants);
    const perMin = open.reduce((n, e) => n + exitFlowPerMin(e, flows), 0);
    return sims.people !== null && perMin > 0 ? Math.round((sims.people / perMin) * 100) / 100 : null;
  };
  return {
    ...sims,
    handMinutes: {
      allExits: minutes(exits),
      largestClosed: sims.closedExitId ? minutes(exits.filter((e) => e.id !== sims.closedExitId)) : null,
    },
  };
}

const nameOf = (event: EventRecord, featureId: string): string => event.plan.features.find((f) => f.id === featureId)?.name || featureId;

function checkDates(startsAt: string, endsAt: string): void {
  if (Date.parse(endsAt) < Date.parse(startsAt))
    throw new AppError('validation_failed', 'The event ends before it starts.', [{ path: 'endsAt', message: 'before startsAt' }]);
}
