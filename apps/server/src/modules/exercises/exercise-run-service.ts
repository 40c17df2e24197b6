import {
  ExerciseDesign,
  type Delivery,
  type ExerciseClock,
  type ExerciseResponse,
  type Inject,
  type PostResponse,
  type RunCommand,
  type Timeline,
} from '@pactesur/contracts';
import { dueInjects, runClockTime } from '@pactesur/exercises';
import { AppError } from '../../errors/app-error.ts';
import type { Logger } from '../../logger.ts';
import { recordChannel, recordPartChannel } from '../../realtime/channels.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import type { ModuleDeps } from '../module.ts';
import type { ExerciseRepository, ExerciseRow } from './exercise-repository.ts';
import { exerciseCapMessage } from './exercise-cap.ts';
import { controls, orgPart, recipientsOf, rolesOf } from './exercise-roles.ts';
import type { ExerciseRunRepository } from './exercise-run-repository.ts';
import type { ExerciseService } from './exercise-service.ts';

/** How often each instance looks for injects that fell due (ms). */
export const TICK_MS = 250;


/**
 * The live run of exercises (EXERCISES.md, ADR 0023): the controllers' commands on the simulation clock,
 * the delivery of the injects that fall due (each instance looks every TICK_MS; a delivery happens under the
 * exercise's row lock, so one instance delivers each inject once), each delivered inject published on the
 * channel part of every organisation it reaches — `record:exercise:<id>:org-<orgId>`, whose stored
 * messages give a reconnecting player what it missed, once, in order — and the players' responses.
 */
export class ExerciseRunService {
  constructor(
    private readonly exercises: ExerciseRepository,
    private readonly runs: ExerciseRunRepository,
    private readonly design: ExerciseService,
    private readonly access: AccessService,
    private readonly live: ModuleDeps['live'],
  ) {}

  /** Who of an exercise's readers follows an organisation's deliveries: its own people, and the organiser's. */
  async authorizePart(actor: Actor, id: string, part: string): Promise<void> {
    const row = await this.design.row(id);
    if (part !== orgPart(actor.orgId ?? '') && actor.orgId !== row.ownerOrgId) throw new AppError('not_found', 'No such channel.');
  }

  async command(actor: Actor, id: string, command: RunCommand): Promise<Timeline> {
    requireRole(actor, 'editor');
    await this.access.read(actor, 'exercise', id);
    const participants = await this.exercises.participants(id);
    const row = await this.design.row(id);
    if (!controls(rolesOf(actor, row.ownerOrgId, participants))) throw new AppError('forbidden', 'The run is steered by the exercise’s controllers.');
    const now = Date.now();
    const published = await this.access.inTransaction(async (trx) => {
      const locked = await this.exercises.lock(id, trx);
      if (!locked) throw new AppError('not_found');
      const t = runClockTime(locked.clock, now);
      const at = new Date(now).toISOString();
      const clock = (status: ExerciseClock['status'], scenarioTimeS = t, speed = locked.clock.speed): ExerciseClock => ({ status, scenarioTimeS, speed, at });
      const stage = locked.status;
      const live = stage === 'running' || stage === 'paused';
      const need = (ok: boolean, words: string) => {
        if (!ok) throw new AppError('exercise_stage', `The exercise is ${stage}: ${words}.`);
      };
      const msel = ExerciseDesign.parse(locked.design).msel;
      const inject = (injectId: string) => {
        const found = msel.find((i) => i.id === injectId);
        if (!found) throw new AppError('not_found', `The exercise has no inject "${injectId}".`);
        return found;
      };
      let next: ExerciseClock | null = null;
      let deliver: Inject[] = [];
      switch (command.action) {
        case 'start':
          need(stage === 'planning', 'it starts once');
          next = { status: 'running', scenarioTimeS: 0, speed: command.speed, at };
          break;
        case 'pause':
          need(stage === 'running', 'only a running exercise pauses');
          next = clock('paused');
          break;
        case 'resume':
          need(stage === 'paused', 'only a paused exercise resumes');
          next = clock('running');
          break;
        case 'speed':
          need(live, 'the clock runs once started');
          next = clock(locked.clock.status, t, command.speed);
          break;
        case 'jump':
          need(live, 'the clock runs once started');
          if (command.toScenarioTimeS < t) throw new AppError('validation_failed', 'The clock only moves on.', [{ path: 'toScenarioTimeS', message: 'earlier than now' }]);
          next = clock(locked.clock.status, command.toScenarioTimeS);
          break;
        case 'publish':
          need(live, 'injects are delivered once it has started');
          deliver = [inject(command.injectId)];
          break;
        case 'skip':
        case 'cancel': {
          need(stage !== 'ended', 'it has ended');
          const target = inject(command.injectId);
          const settled = await this.runs.settle(id, { injectId: target.id, status: command.action === 'skip' ? 'skipped' : 'cancelled', scenarioTimeS: t, reached: [], delivery: null }, trx);
          if (!settled) throw new AppError('conflict', `Inject ${target.number} was already delivered, skipped or cancelled.`);
          break;
        }
        case 'end':
          need(live, 'it ends once started');
          next = clock('ended');
          break;
      }
      if (next) await this.exercises.update(id, { clock: next, status: next.status }, undefined, trx);
      await this.access.audit(actor, 'update', { kind: 'exercise', recordId: id, ownerOrgId: locked.ownerOrgId, detail: `run ${command.action}${'injectId' in command ? ` ${command.injectId}` : ''}` }, trx);
      const out = await this.deliverIn(locked, deliver, t, trx);
      if (next?.status === 'running') out.push(...(await this.deliverDue(locked.id, now, trx)));
      return { out, clockChanged: next !== null };
    });
    await this.announce(id, published.out);
    if (published.clockChanged) {
      // Every page shows the clock: tell them it changed (they read it through the API).
      const row = await this.design.row(id);
      await this.live.publish(recordChannel('exercise', id), { change: 'updated', fields: ['clock'], revision: row.revision, at: row.updatedAt });
    }
    return this.timelineOf(id);
  }

  /** Delivers what fell due in every running exercise (the scheduler's step). */
  async tick(now = Date.now()): Promise<number> {
    let delivered = 0;
    for (const id of await this.exercises.running()) {
      const published = await this.access.inTransaction((trx) => this.deliverDue(id, now, trx));
      delivered += published.length;
      await this.announce(id, published);
    }
    return delivered;
  }

  /** The controllers' timeline: every inject with what the run did with it. */
  async timeline(actor: Actor, id: string): Promise<Timeline> {
    const { access } = await this.access.read(actor, 'exercise', id);
    const exercise = await this.design.view(actor, id, access);
    if (!exercise.design) throw new AppError('forbidden', 'The timeline is for the exercise’s controllers.');
    return this.timelineOf(id);
  }

  /** What was delivered to the reader's organisation (to a controller: everything), in the order delivered. */
  async deliveries(actor: Actor, id: string): Promise<Delivery[]> {
    const { access } = await this.access.read(actor, 'exercise', id);
    const exercise = await this.design.view(actor, id, access);
    const all = (await this.runs.deliveries(id)).filter((d) => d.status === 'delivered' && d.delivery);
    const mine = exercise.design ? all : all.filter((d) => actor.orgId !== null && d.reached.includes(actor.orgId));
    return mine.map((d) => d.delivery as Delivery);
  }

  async respond(actor: Actor, id: string, input: PostResponse): Promise<ExerciseResponse> {
    const member = requireRole(actor, 'analyst');
    const { ownerOrgId } = await this.access.read(actor, 'exercise', id);
    const row = await this.design.row(id);
    const roles = rolesOf(actor, row.ownerOrgId, await this.exercises.participants(id));
    if (!roles.includes('player')) throw new AppError('forbidden', 'Responses are the players’.');
    if (row.status !== 'running' && row.status !== 'paused') throw new AppError('exercise_stage', `The exercise is ${row.status}: players respond while it runs.`);
    if (!input.text && !input.choice && !input.methane) throw new AppError('validation_failed', 'A response says something.', [{ path: 'text', message: 'empty' }]);
    if (input.injectId) {
      const reached = (await this.runs.deliveries(id)).find((d) => d.injectId === input.injectId && d.status === 'delivered' && d.reached.includes(member.orgId));
      if (!reached) throw new AppError('not_found', 'No such inject reached your organisation.');
    }
    const responseId = await this.access.inTransaction(async (trx) => {
      const created = await this.runs.addResponse(id, { ...input, orgId: member.orgId, userId: member.userId, scenarioTimeS: runClockTime(row.clock, Date.now()) }, trx);
      await this.access.audit(actor, 'update', { kind: 'exercise', recordId: id, ownerOrgId, detail: `response ${created}` }, trx);
      return created;
    });
    await this.live.publish(recordChannel('exercise', id), { change: 'response' });
    const made = (await this.runs.responses(id, member.orgId)).find((r) => r.id === responseId);
    if (!made) throw new AppError('not_found');
    return made;
  }

  /** The responses: all of them to a controller, the reader's organisation's to others. */
  async responses(actor: Actor, id: string): Promise<ExerciseResponse[]> {
    const { access } = await this.access.read(actor, 'exercise', id);
    const exercise = await this.design.view(actor, id, access);
    return this.runs.responses(id, exercise.design ? undefined : (actor.orgId ?? ''));
  }

  /** Delivers, within `trx` holding the exercise's lock, what is due at wall time `now`. */
  private async deliverDue(id: string, now: number, trx: Parameters<ExerciseRunRepository['settle']>[2]): Promise<Published[]> {
    const row = await this.exercises.lock(id, trx);
    if (!row || row.status !== 'running') return [];
    const t = runClockTime(row.clock, now);
    const treated = new Map((await this.runs.deliveries(id, trx)).map((d) => [d.injectId, d.status]));
    const out: Published[] = [];
    // Delivering one may make its dependants due: look again until nothing more is.
    for (;;) {
      const msel = ExerciseDesign.parse(row.design).msel.map((i) => ({ ...i, status: treated.get(i.id) ?? i.status }));
      const due = dueInjects(msel, t);
      if (due.length === 0) return out;
      const published = await this.deliverIn(row, due, t, trx);
      for (const i of due) treated.set(i.id, 'delivered');
      out.push(...published);
    }
  }

  /** Records each inject delivered to the organisations it reaches; what to publish once committed. */
  private async deliverIn(row: ExerciseRow, injects: readonly Inject[], t: number, trx: Parameters<ExerciseRunRepository['settle']>[2]): Promise<Published[]> {
    if (injects.length === 0) return [];
    const participants = await this.exercises.participants(row.id, trx);
    const organiser = injects.some((i) => i.method === 'cap-alert') ? await this.exercises.organiser(row.ownerOrgId, trx) : undefined;
    const out: Published[] = [];
    for (const inject of injects) {
      const reached = recipientsOf(inject.to, participants);
      const sent = new Date();
      const delivery: Delivery = {
        injectId: inject.id,
        number: inject.number,
        storyline: inject.storyline,
        scenarioTimeS: t,
        deliveredAt: sent.toISOString(),
        from: inject.from,
        to: inject.to,
        method: inject.method,
        message: inject.message,
        attachments: inject.attachments,
        cap: inject.method === 'cap-alert' && organiser ? exerciseCapMessage({ exerciseId: row.id, exerciseName: row.name, inject, organiser, sent }) : null,
      };
      // Late by the scenario time since it fell due, in wall time at the clock's speed; none when published early.
      const lateMs = t >= inject.scenarioTimeS ? ((t - inject.scenarioTimeS) / Math.max(row.clock.speed, 1e-9)) * 1000 : null;
      if (!(await this.runs.settle(row.id, { injectId: inject.id, status: 'delivered', scenarioTimeS: t, reached, delivery, lateMs }, trx))) {
        throw new AppError('conflict', `Inject ${inject.number} was already delivered, skipped or cancelled.`);
      }
      await this.access.audit(null, 'update', { kind: 'exercise', recordId: row.id, ownerOrgId: row.ownerOrgId, detail: `inject ${inject.number} delivered to ${reached.length} organisations` }, trx);
      out.push({ delivery, reached });
    }
    return out;
  }

  /** Publishes each delivery on the channel part of each organisation it reached, then tells the controllers. */
  private async announce(id: string, published: readonly Published[]): Promise<void> {
    if (published.length === 0) return;
    for (const p of published)
      for (const orgId of p.reached) await this.live.publish(recordPartChannel('exercise', id, orgPart(orgId)), { type: 'inject', delivery: p.delivery });
    await this.live.publish(recordChannel('exercise', id), { change: 'delivered', injects: published.map((p) => p.delivery.injectId) });
  }

  private async timelineOf(id: string): Promise<Timeline> {
    const row = await this.design.row(id);
    const rows = new Map((await this.runs.deliveries(id)).map((d) => [d.injectId, d]));
    const msel = ExerciseDesign.parse(row.design).msel;
    return {
      clock: row.clock,
      injects: msel.map((inject) => {
        const d = rows.get(inject.id);
        return { inject, status: d?.status ?? 'pending', deliveredAt: d?.status === 'delivered' ? d.at : null, reached: [...(d?.reached ?? [])] };
      }),
    };
  }
}

/** A delivery to publish once its transaction committed. */
interface Published {
  readonly delivery: Delivery;
  readonly reached: readonly string[];
}

/** The scheduler of one instance: delivers what falls due in running exercises every TICK_MS. */
export function startRunScheduler(run: ExerciseRunService, logger: Logger): { close(): Promise<void> } {
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    if (stopped) return;
    current = current.then(() =>
      run.tick().catch((error: unknown) => logger.error({ err: error }, 'exercises: could not deliver the injects that fell due')),
    );
  }, TICK_MS);
  timer.unref();
  return {
    close: async () => {
      stopped = true;
      clearInterval(timer);
      await current;
    },
  };
}
