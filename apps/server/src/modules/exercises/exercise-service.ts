import {
  ExerciseDesign,
  type Access,
  type AddParticipant,
  type CreateExercise,
  type Exercise,
  type ExerciseClock,
  type ExerciseStatus,
  type ExerciseSummary,
  type ExerciseType,
  type MselFinding,
  type Participant,
  type UpdateExercise,
} from '@pactesur/contracts';
import { exerciseTemplate, readMsel, validateMsel, writeMsel } from '@pactesur/exercises';
import { AppError } from '../../errors/app-error.ts';
import { recordChannel } from '../../realtime/channels.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import type { ModuleDeps } from '../module.ts';
import type { ExerciseRepository, ExerciseRow } from './exercise-repository.ts';
import { controls, rolesOf } from './exercise-roles.ts';

/** The clock of an exercise not started. */
export const STOPPED = (at: string): ExerciseClock => ({ status: 'planning', scenarioTimeS: 0, speed: 1, at });

/** Throws `validation_failed` with the findings of an MSEL that has errors. */
function checkMsel(findings: readonly MselFinding[]): void {
  if (findings.length > 0)
    throw new AppError(
      'validation_failed',
      `The master scenario events list has ${findings.length} error${findings.length === 1 ? '' : 's'}: ${findings
        .slice(0, 5)
        .map((f) => `row ${f.row}${f.column ? ` (${f.column})` : ''}: ${f.message}`)
        .join('; ')}.`,
      findings.map((f) => ({ path: `msel.${f.row}${f.column ? `.${f.column}` : ''}`, message: f.message })),
    );
}

/**
 * Multi-agency exercises (EXERCISES.md), their design and participants: the organiser's exercise, from a
 * template or from nothing, its MSEL checked as it is saved or imported, and the agencies taking part —
 * each shared the exercise to read, and shown of it what its role allows (players never the scenario).
 * Sensitive: every read audited, only the owner and its participants see it.
 */
export class ExerciseService {
  constructor(
    private readonly exercises: ExerciseRepository,
    private readonly access: AccessService,
    private readonly live: ModuleDeps['live'],
  ) {}

  async list(actor: Actor): Promise<ExerciseSummary[]> {
    const rows = await this.access.listVisible(actor, 'exercise', (orgId, shared) => this.exercises.listVisible(orgId, shared));
    return Promise.all(rows.map(async ({ row, access }) => this.summary(actor, row, access, await this.exercises.participants(row.id))));
  }

  async get(actor: Actor, id: string): Promise<Exercise> {
    const { access } = await this.access.read(actor, 'exercise', id);
    return this.view(actor, id, access);
  }

  async create(actor: Actor, input: CreateExercise): Promise<Exercise> {
    const editor = requireRole(actor, 'editor');
    checkDates(input.startsAt, input.endsAt);
    const design = input.design ?? (input.template ? ExerciseDesign.parse(exerciseTemplate(input.template).design) : ExerciseDesign.parse({}));
    checkMsel(validateMsel(design.msel));
    const id = await this.access.inTransaction(async (trx) => {
      const created = await this.exercises.create(
        { ownerOrgId: editor.orgId, name: input.name, type: input.type, startsAt: input.startsAt, endsAt: input.endsAt, design, clock: STOPPED(new Date().toISOString()), createdBy: editor.userId },
        trx,
      );
      await this.access.audit(actor, 'create', { kind: 'exercise', recordId: created, ownerOrgId: editor.orgId, detail: input.template ?? 'blank' }, trx);
      return created;
    });
    return this.view(actor, id, 'owner');
  }

  /** Saves the design as it goes (only while planning); with `revision`, only on that revision. */
  async update(actor: Actor, id: string, input: UpdateExercise): Promise<Exercise> {
    requireRole(actor, 'editor');
    const { access, ownerOrgId } = await this.access.require(actor, 'exercise', id, 'edit');
    const row = await this.row(id);
    if (row.status !== 'planning') throw new AppError('exercise_stage', 'The exercise has started: its design no longer changes.');
    checkDates(input.startsAt ?? row.startsAt, input.endsAt ?? row.endsAt);
    const design = input.design ? ExerciseDesign.parse({ ...(row.design as object), ...input.design }) : undefined;
    if (design) checkMsel(validateMsel(design.msel));
    const fields = Object.keys(input).filter((k) => k !== 'revision');
    await this.access.inTransaction(async (trx) => {
      if (!(await this.exercises.update(id, { ...input, design }, input.revision, trx)))
        throw new AppError('conflict', 'Someone else saved this exercise since you opened it: reload it to see their changes, then make yours again.');
      await this.access.audit(actor, 'update', { kind: 'exercise', recordId: id, ownerOrgId, detail: fields.join(',') }, trx);
    });
    return this.changed(actor, id, access, fields);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    const ownerOrgId = await this.access.requireOwner(actor, 'exercise', id, 'delete');
    let photos: string[] = [];
    await this.access.deleteRecord(actor, 'exercise', id, ownerOrgId, async (trx) => {
      photos = await this.exercises.delete(id, trx);
    });
    await this.exercises.discardFiles(photos);
    await this.live.publish(recordChannel('exercise', id), { change: 'deleted' });
  }

  /** The MSEL as CSV, for the controllers (audited as an export). */
  async mselCsv(actor: Actor, id: string): Promise<{ name: string; csv: string }> {
    const exercise = await this.get(actor, id);
    if (!exercise.design) throw new AppError('forbidden', 'The scenario is for the exercise’s controllers.');
    await this.access.audit(actor, 'export', { kind: 'exercise', recordId: id, ownerOrgId: exercise.ownerOrgId, detail: 'msel.csv' });
    return { name: exercise.name, csv: writeMsel(exercise.design.msel) };
  }

  /** Replaces the MSEL by a CSV file's; refused with every finding when the file has errors. */
  async importMsel(actor: Actor, id: string, text: string, revision: number | undefined): Promise<Exercise> {
    const read = readMsel(text);
    checkMsel(read.findings);
    return this.update(actor, id, { revision, design: { msel: read.injects } });
  }

  /** Adds an agency (or one of its people) with a role; the exercise is shared with it to read. */
  async addParticipant(actor: Actor, id: string, input: AddParticipant): Promise<Exercise> {
    requireRole(actor, 'editor');
    const ownerOrgId = await this.access.requireOwner(actor, 'exercise', id, 'share');
    if (input.userId && !(await this.exercises.isMember(input.orgId, input.userId)))
      throw new AppError('validation_failed', 'That person is not a member of that organisation.', [{ path: 'userId', message: 'not a member' }]);
    if (input.orgId !== ownerOrgId) await this.access.share(actor, 'exercise', id, input.orgId, 'read');
    await this.access.inTransaction(async (trx) => {
      await this.exercises.addParticipant(id, input, trx);
      await this.exercises.update(id, {}, undefined, trx);
      await this.access.audit(actor, 'update', { kind: 'exercise', recordId: id, ownerOrgId, detail: `participant ${input.role} ${input.orgId}` }, trx);
    });
    return this.changed(actor, id, 'owner', ['participants']);
  }

  /** Removes a participant; an agency left with no participant loses its share. */
  async removeParticipant(actor: Actor, id: string, participantId: string): Promise<Exercise> {
    requireRole(actor, 'editor');
    const ownerOrgId = await this.access.requireOwner(actor, 'exercise', id, 'share');
    const orgId = await this.access.inTransaction(async (trx) => {
      const removed = await this.exercises.removeParticipant(id, participantId, trx);
      if (!removed) throw new AppError('not_found', 'No such participant.');
      await this.exercises.update(id, {}, undefined, trx);
      await this.access.audit(actor, 'update', { kind: 'exercise', recordId: id, ownerOrgId, detail: `participant removed ${participantId}` }, trx);
      return removed;
    });
    const left = await this.exercises.participants(id);
    if (orgId !== ownerOrgId && !left.some((p) => p.orgId === orgId)) await this.access.unshare(actor, 'exercise', id, orgId);
    return this.changed(actor, id, 'owner', ['participants']);
  }

  /** The record as `actor` may see it: the design for its controllers only. */
  async view(actor: Actor, id: string, access: Access): Promise<Exercise> {
    const row = await this.row(id);
    const participants = await this.exercises.participants(id);
    const design = ExerciseDesign.parse(row.design);
    const summary = this.summary(actor, row, access, participants);
    return {
      ...summary,
      revision: row.revision,
      design: controls(summary.myRoles) ? design : null,
      objectives: design.objectives,
      capabilities: design.capabilities,
      tasks: design.tasks,
      participants,
      clock: row.clock,
      createdAt: row.createdAt,
      createdByName: row.createdByName,
    };
  }

  async changed(actor: Actor, id: string, access: Access, fields: readonly string[]): Promise<Exercise> {
    const exercise = await this.view(actor, id, access);
    await this.live.publish(recordChannel('exercise', id), { change: 'updated', fields, revision: exercise.revision, at: exercise.updatedAt });
    return exercise;
  }

  async row(id: string): Promise<ExerciseRow> {
    const row = await this.exercises.find(id);
    if (!row) throw new AppError('not_found');
    return row;
  }

  private summary(actor: Actor, r: ExerciseRow, access: Access, participants: readonly Participant[]): ExerciseSummary {
    return {
      id: r.id,
      ownerOrgId: r.ownerOrgId,
      ownerName: r.ownerName,
      name: r.name,
      type: r.type as ExerciseType,
      status: r.status as ExerciseStatus,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      myRoles: rolesOf(actor, r.ownerOrgId, participants),
      updatedAt: r.updatedAt,
      access,
    };
  }
}

function checkDates(startsAt: string, endsAt: string): void {
  if (Date.parse(endsAt) < Date.parse(startsAt))
    throw new AppError('validation_failed', 'The exercise ends before it starts.', [{ path: 'endsAt', message: 'before startsAt' }]);
}
