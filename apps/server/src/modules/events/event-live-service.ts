import type { DensityLevel, EventRecord, LiveState, PostGateCount, PostIncident } from '@pactesur/contracts';
import { densityLevel, effectiveConstants, thresholdsOf, triggersReached } from '@pactesur/events';
import { AppError } from '../../errors/app-error.ts';
import { recordChannel } from '../../realtime/channels.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import type { ModuleDeps } from '../module.ts';
import type { EventLogRepository, NewLogEntry } from './event-log-repository.ts';
import type { EventService } from './event-service.ts';

/** Most entries one read of the log answers; a page holding fewer asks again from its last. */
export const LIVE_PAGE = 1000;

const LEVEL_WORDS: Readonly<Record<DensityLevel, string>> = {
  normal: 'below the planning density',
  busy: 'at the planning density',
  unstable: 'above the unstable density',
  critical: 'at the critical density',
};

/**
 * Live operations of an event (EVENTS.md): the stewards' gate counts, the occupancy and density they make
 * against the profile's thresholds (2 / 4 / 5 persons/m² by default), the incident log with M/ETHANE
 * entries, and the trigger points reached. Every entry is numbered in the event's log under a lock of the
 * event's row, so the numbers commit in order; the news on `record:event:<id>` names the last number, and a
 * page reads the entries after the last one it holds — every page sees every entry, in order, once.
 */
export class EventLiveService {
  constructor(
    private readonly log: EventLogRepository,
    private readonly plans: EventService,
    private readonly access: AccessService,
    private readonly live: ModuleDeps['live'],
  ) {}

  /** The live state and the entries after `after` (audited as a read of the plan). */
  async state(actor: Actor, id: string, after: number): Promise<LiveState> {
    const { access } = await this.access.read(actor, 'event', id);
    return this.stateOf(await this.plans.record(id, access), after);
  }

  async postCount(actor: Actor, id: string, input: PostGateCount): Promise<LiveState> {
    const event = await this.liveEvent(actor, id);
    const gate = event.plan.features.find((f) => f.id === input.gate && f.type === 'exit');
    if (!gate) throw new AppError('validation_failed', `The plan has no gate "${input.gate}".`, [{ path: 'gate', message: 'unknown gate' }]);
    if (input.in === 0 && input.out === 0) throw new AppError('validation_failed', 'A count says how many came in or went out.', [{ path: 'in', message: 'both zero' }]);
    return this.append(actor, event, (occupancy) => ({ kind: 'count', byUser: actor.userId, gate: gate.id, in: input.in, out: input.out, counter: input.counter, occupancy }));
  }

  /** An incident, by the plan's organisation or by an agency that signed it (police, fire, ambulance log theirs). */
  async postIncident(actor: Actor, id: string, input: PostIncident): Promise<LiveState> {
    const event = await this.liveEvent(actor, id, true);
    if (input.feature && !event.plan.features.some((f) => f.id === input.feature))
      throw new AppError('validation_failed', `The plan has no feature "${input.feature}".`, [{ path: 'feature', message: 'unknown feature' }]);
    if (input.triggerId && !event.plan.triggers.some((t) => t.id === input.triggerId))
      throw new AppError('validation_failed', `The plan has no trigger point "${input.triggerId}".`, [{ path: 'triggerId', message: 'unknown trigger point' }]);
    return this.append(actor, event, (occupancy) => ({ kind: 'incident', byUser: actor.userId, ...input, occupancy }));
  }

  /**
   * A status line in the log, by the service changing the status: its text is the code of the change
   * (`live`, `debriefed`), which each page words in its reader's language.
   */
  async note(actor: Actor, id: string, text: 'live' | 'debriefed'): Promise<void> {
    const event = await this.plans.record(id, 'owner');
    await this.append(actor, event, (occupancy) => ({ kind: 'status', byUser: actor.userId, text, occupancy }));
  }

  /**
   * The event, live, for an editor of an organisation that may change it — or, with `agencies`, of an
   * agency asked to sign it.
   */
  private async liveEvent(actor: Actor, id: string, agencies = false): Promise<EventRecord> {
    const member = requireRole(actor, 'editor');
    const { access } = agencies ? await this.access.read(actor, 'event', id) : await this.access.require(actor, 'event', id, 'edit');
    const event = await this.plans.record(id, access);
    if (access === 'read' && !event.reviews.some((r) => r.orgId === member.orgId))
      throw new AppError('forbidden', 'Incidents are logged by the plan’s organisation and the agencies that sign it.');
    if (event.status !== 'live') throw new AppError('event_wrong_stage', `The event is ${event.status}: counts and incidents are logged while it is live.`);
    return event;
  }

  /**
   * Appends the entry under the event's lock, with the threshold crossed and the trigger points reached
   * that it causes, then announces the last number. `entry` gets the occupancy before the entry.
   */
  private async append(actor: Actor, event: EventRecord, entry: (occupancy: number) => Omit<NewLogEntry, 'density' | 'level'>): Promise<LiveState> {
    const constants = effectiveConstants(event.profile.constants, event.plan.reducedFlows);
    const area = usableArea(event);
    const last = await this.access.inTransaction(async (trx) => {
      const seq = await this.log.lock(event.id, trx);
      const totals = await this.log.totals(event.id, trx);
      const before = occupancyOf(totals.gates);
      const draft = entry(before);
      const occupancy = Math.max(0, before + (draft.in ?? 0) - (draft.out ?? 0));
      const density = area > 0 ? occupancy / area : 0;
      const level = densityLevel(density, constants);
      const entries: NewLogEntry[] = [{ ...draft, occupancy, density, level }];
      if (level !== (totals.level ?? 'normal'))
        entries.push({ kind: 'threshold', byUser: null, text: `Density ${density.toFixed(2)} persons/m²: ${LEVEL_WORDS[level]}.`, occupancy, density, level });
      const already = new Set(totals.triggered.map((t) => t.triggerId));
      for (const t of triggersReached(event.plan.triggers, { occupancy, density }))
        if (!already.has(t.id) && draft.triggerId !== t.id)
          entries.push({ kind: 'trigger', byUser: null, triggerId: t.id, text: `Trigger point reached: ${t.name}. ${t.action}`.trim(), occupancy, density, level });
      const end = await this.log.append(event.id, seq, entries, trx);
      await this.access.audit(actor, 'update', { kind: 'event', recordId: event.id, ownerOrgId: event.ownerOrgId, detail: `live ${entries.map((e) => e.kind).join(',')} to ${end}` }, trx);
      return { from: seq, to: end };
    });
    await this.live.publish(recordChannel('event', event.id), { change: 'live', seq: last.to });
    return this.stateOf(event, last.from);
  }

  private async stateOf(event: EventRecord, after: number): Promise<LiveState> {
    const constants = effectiveConstants(event.profile.constants, event.plan.reducedFlows);
    const totals = await this.log.totals(event.id);
    const area = usableArea(event);
    const occupancy = occupancyOf(totals.gates);
    const density = area > 0 ? occupancy / area : 0;
    const gates = event.plan.features.flatMap((f) => (f.type === 'exit' ? [{ id: f.id, name: f.name || f.id, ...(totals.gates.get(f.id) ?? { in: 0, out: 0 }) }] : []));
    const triggerName = new Map(event.plan.triggers.map((t) => [t.id, t.name]));
    return {
      status: event.status,
      seq: totals.seq,
      occupancy,
      usableAreaM2: area,
      density,
      level: densityLevel(density, constants),
      thresholds: thresholdsOf(constants),
      gates,
      triggered: totals.triggered.map((t) => ({ id: t.triggerId, name: triggerName.get(t.triggerId) ?? t.triggerId, seq: t.seq, alertId: t.alertId })),
      entries: await this.log.after(event.id, Math.max(0, after), LIVE_PAGE),
    };
  }
}

const usableArea = (event: EventRecord): number => event.calculations.figures.find((f) => f.key === 'usableAreaM2')?.value ?? 0;

const occupancyOf = (gates: ReadonlyMap<string, { in: number; out: number }>): number => {
  let n = 0;
  for (const g of gates.values()) n += g.in - g.out;
  return Math.max(0, n);
};
