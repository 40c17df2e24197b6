import type {
  AfterActionReport,
  CorrectiveAction,
  Exercise,
  Feedback,
  Observation,
  PostFeedback,
  PostObservation,
  ReplayItem,
  SaveCorrectiveAction,
  UploadObservationPhotoQuery,
} from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import { keptPhoto, type PhotoFile } from '../../files/photo-metadata.ts';
import { recordChannel } from '../../realtime/channels.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor, type OrgActor } from '../../services/actor.ts';
import type { ModuleDeps } from '../module.ts';
import { afterActionReport, replayOf } from './after-action.ts';
import type { ExerciseEvaluationRepository } from './exercise-evaluation-repository.ts';
import type { ExerciseRepository } from './exercise-repository.ts';
import { controls } from './exercise-roles.ts';
import type { ExerciseRunRepository } from './exercise-run-repository.ts';
import { runClockTime } from '@pactesur/exercises';
import type { ExerciseService } from './exercise-service.ts';

/**
 * The evaluation of exercises (EXERCISES.md): evaluators' observations rated P / S / M / U against the
 * objectives, capabilities and critical tasks, the hot wash and the participants' feedback once play ends,
 * the improvement plan's corrective actions tracked to done (each with the organisation responsible, and
 * linkable to an event plan and a practice), the after-action report and the replay.
 */
export class ExerciseEvaluationService {
  constructor(
    private readonly exercises: ExerciseRepository,
    private readonly runs: ExerciseRunRepository,
    private readonly evaluation: ExerciseEvaluationRepository,
    private readonly design: ExerciseService,
    private readonly access: AccessService,
    private readonly live: ModuleDeps['live'],
  ) {}

  async observe(actor: Actor, id: string, input: PostObservation): Promise<Observation> {
    const { exercise, member } = await this.as(actor, id, 'evaluate');
    if (exercise.status === 'planning') throw new AppError('exercise_stage', 'Observations are made once the exercise has started.');
    const known = (list: readonly { id: string }[], value: string | null, path: string) => {
      if (value !== null && !list.some((x) => x.id === value)) throw new AppError('validation_failed', `The exercise has no ${path} "${value}".`, [{ path, message: 'unknown' }]);
    };
    known(exercise.objectives, input.objectiveId, 'objectiveId');
    known(exercise.capabilities, input.capabilityId, 'capabilityId');
    known(exercise.tasks, input.taskId, 'taskId');
    const made = await this.access.inTransaction(async (trx) => {
      const created = await this.evaluation.addObservation(id, { ...input, orgId: member.orgId, userId: member.userId, scenarioTimeS: runClockTime(exercise.clock, Date.now()) }, trx);
      await this.access.audit(actor, 'update', { kind: 'exercise', recordId: id, ownerOrgId: exercise.ownerOrgId, detail: `observation ${created}` }, trx);
      return created;
    });
    await this.live.publish(recordChannel('exercise', id), { change: 'observation' });
    const found = (await this.evaluation.observations(id)).find((o) => o.id === made);
    if (!found) throw new AppError('not_found');
    return found;
  }

  /**
   * Sets the photo of one's own observation (JPEG or PNG, told from its bytes), replacing any: its location
   * metadata is removed unless kept on purpose, as an assessment's photos.
   */
  async setObservationPhoto(actor: Actor, id: string, observationId: string, query: UploadObservationPhotoQuery, bytes: Uint8Array): Promise<Observation> {
    const { exercise } = await this.as(actor, id, 'evaluate');
    const observation = await this.evaluation.observationOf(id, observationId);
    if (!observation) throw new AppError('not_found', 'No such observation.');
    if (observation.userId !== actor.userId) throw new AppError('forbidden', 'A photo is added to an observation by the one who made it.');
    const kept = keptPhoto(bytes, query.keepLocation);
    const file = await this.evaluation.storePhotoFile(kept.bytes);
    const photo = { key: file.key, filename: query.filename, contentType: kept.type, bytes: file.bytes, locationKept: query.keepLocation };
    await this.access
      .inTransaction(async (trx) => {
        await this.evaluation.setPhoto(id, observationId, photo, trx);
        const detail = `photo of observation ${observationId}${query.keepLocation ? ' with its location' : ''}`;
        await this.access.audit(actor, 'update', { kind: 'exercise', recordId: id, ownerOrgId: exercise.ownerOrgId, detail }, trx);
      })
      .catch(async (error: unknown) => {
        await this.evaluation.discardFiles([file.key]);
        throw error;
      });
    if (observation.photo) await this.evaluation.discardFiles([observation.photo.key]);
    await this.live.publish(recordChannel('exercise', id), { change: 'observation' });
    const found = (await this.evaluation.observations(id)).find((o) => o.id === observationId);
    if (!found) throw new AppError('not_found');
    return found;
  }

  /** An observation's photo: a read of the exercise by its evaluators and controllers, audited. */
  async observationPhoto(actor: Actor, id: string, observationId: string): Promise<PhotoFile> {
    await this.as(actor, id, 'evaluate');
    const photo = (await this.evaluation.observationOf(id, observationId))?.photo;
    const bytes = photo && (await this.evaluation.readPhotoFile(photo.key));
    if (!photo || !bytes) throw new AppError('not_found');
    return { bytes, contentType: photo.contentType, filename: photo.filename };
  }

  async observations(actor: Actor, id: string): Promise<Observation[]> {
    await this.as(actor, id, 'evaluate');
    return this.evaluation.observations(id);
  }

  /** The hot wash and each participant's feedback, once play has ended. */
  async giveFeedback(actor: Actor, id: string, input: PostFeedback): Promise<Feedback> {
    const { exercise, member } = await this.as(actor, id, 'take-part');
    if (exercise.status !== 'ended') throw new AppError('exercise_stage', 'Feedback is given once play has ended.');
    const made = await this.access.inTransaction(async (trx) => {
      const created = await this.evaluation.addFeedback(id, { ...input, orgId: member.orgId, userId: member.userId }, trx);
      await this.access.audit(actor, 'update', { kind: 'exercise', recordId: id, ownerOrgId: exercise.ownerOrgId, detail: `feedback ${created}` }, trx);
      return created;
    });
    const found = (await this.evaluation.feedback(id)).find((f) => f.id === made);
    if (!found) throw new AppError('not_found');
    return found;
  }

  async feedback(actor: Actor, id: string): Promise<Feedback[]> {
    await this.as(actor, id, 'evaluate');
    return this.evaluation.feedback(id);
  }

  /** The improvement plan, which every participant may read (its actions name who does what). */
  async actions(actor: Actor, id: string): Promise<CorrectiveAction[]> {
    await this.access.read(actor, 'exercise', id);
    return this.evaluation.actions(id);
  }

  /** Adds (`actionId` null) or changes a corrective action: the organiser's controllers keep the plan. */
  async saveAction(actor: Actor, id: string, actionId: string | null, input: SaveCorrectiveAction): Promise<CorrectiveAction> {
    const { exercise } = await this.as(actor, id, 'control');
    if (input.orgId !== exercise.ownerOrgId && !exercise.participants.some((p) => p.orgId === input.orgId))
      throw new AppError('validation_failed', 'An action is given to the organiser or to an agency taking part.', [{ path: 'orgId', message: 'not taking part' }]);
    if (input.eventId && (await this.evaluation.eventOwner(input.eventId)) !== exercise.ownerOrgId)
      throw new AppError('validation_failed', 'An action links to an event plan of the organiser.', [{ path: 'eventId', message: 'unknown event plan' }]);
    const saved = await this.access.inTransaction(async (trx) => {
      const savedId = await this.evaluation.saveAction(id, actionId, input, trx);
      if (!savedId) throw new AppError('not_found', 'No such corrective action.');
      await this.access.audit(actor, 'update', { kind: 'exercise', recordId: id, ownerOrgId: exercise.ownerOrgId, detail: `action ${savedId} ${input.status}` }, trx);
      return savedId;
    });
    await this.live.publish(recordChannel('exercise', id), { change: 'actions' });
    const found = (await this.evaluation.actions(id)).find((a) => a.id === saved);
    if (!found) throw new AppError('not_found');
    return found;
  }

  /** The after-action report, for the controllers and evaluators. */
  async report(actor: Actor, id: string): Promise<{ exercise: Exercise; report: AfterActionReport }> {
    const { exercise } = await this.as(actor, id, 'evaluate');
    const report = afterActionReport({
      exerciseId: id,
      name: exercise.name,
      clock: exercise.clock,
      participants: exercise.participants,
      deliveries: await this.runs.deliveries(id),
      responses: await this.runs.responses(id),
      observations: await this.evaluation.observations(id),
      feedback: await this.evaluation.feedback(id),
      actions: await this.evaluation.actions(id),
    });
    return { exercise, report };
  }

  /** The report for its PDF, with its reader for the watermark: audited as a read and as an export. */
  async exportReport(actor: Actor, id: string): Promise<{ exercise: Exercise; report: AfterActionReport; reader: { name: string; orgName: string } }> {
    const { exercise, report } = await this.report(actor, id);
    await this.access.audit(actor, 'export', { kind: 'exercise', recordId: id, ownerOrgId: exercise.ownerOrgId, detail: 'report.pdf' });
    return { exercise, report, reader: await this.exercises.readerNames(actor.userId, actor.orgId ?? '') };
  }

  /** The whole exercise, in the order it happened, to play again. */
  async replay(actor: Actor, id: string): Promise<ReplayItem[]> {
    await this.as(actor, id, 'evaluate');
    return replayOf({ deliveries: await this.runs.deliveries(id), responses: await this.runs.responses(id), observations: await this.evaluation.observations(id) });
  }

  /** Reads the exercise (audited) as an actor who must control it, evaluate it (or control it) or take part. */
  private async as(actor: Actor, id: string, need: 'control' | 'evaluate' | 'take-part'): Promise<{ exercise: Exercise; member: OrgActor }> {
    const member = requireRole(actor, need === 'control' ? 'editor' : 'analyst');
    const exercise = await this.design.get(actor, id);
    const control = controls(exercise.myRoles);
    const allowed =
      need === 'control' ? control : need === 'evaluate' ? control || exercise.myRoles.includes('evaluator') : exercise.myRoles.length > 0;
    if (!allowed)
      throw new AppError('forbidden', need === 'control' ? 'This is for the exercise’s controllers.' : need === 'evaluate' ? 'This is for the exercise’s evaluators and controllers.' : 'This is for the exercise’s participants.');
    return { exercise, member };
  }
}
