import type { ActionStatus, CapabilityElement, CorrectiveAction, EegRating, Feedback, LngLat, Observation, PostFeedback, PostObservation, SaveCorrectiveAction } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { FileStore, StoredFile } from '../../files/file-store.ts';
import type { Tx } from '../../repositories/tx.ts';

/** An observation's photo as stored: its file's key and what the API says of it. */
export interface ObservationPhotoRow {
  readonly key: string;
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: number;
  readonly locationKept: boolean;
}

/** An observation's photo columns as stored, and as the API shows them; null without a photo. */
function photoOf(r: {
  photo_key: string | null;
  photo_filename: string | null;
  photo_type: string | null;
  photo_bytes: number | null;
  photo_location_kept: boolean | null;
}): { key: string; shown: Omit<ObservationPhotoRow, 'key'> } | null {
  if (r.photo_key === null) return null;
  return {
    key: r.photo_key,
    shown: { filename: r.photo_filename ?? '', contentType: r.photo_type ?? 'image/jpeg', bytes: r.photo_bytes ?? 0, locationKept: r.photo_location_kept ?? false },
  };
}

/** The evaluation of exercises: observations (their photos in the file store), feedback and the improvement plan. */
export class ExerciseEvaluationRepository {
  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
  ) {}

  async addObservation(exerciseId: string, o: PostObservation & { orgId: string; userId: string; scenarioTimeS: number }, db: Tx = this.db): Promise<string> {
    const r = await db
      .insertInto('exercise_observations')
      .values({
        exercise_id: exerciseId,
        org_id: o.orgId,
        user_id: o.userId,
        scenario_time_s: o.scenarioTimeS,
        objective_id: o.objectiveId,
        capability_id: o.capabilityId,
        task_id: o.taskId,
        text: o.text,
        rating: o.rating,
        at: o.at ? JSON.stringify(o.at) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async observations(exerciseId: string): Promise<Observation[]> {
    const rows = await this.db
      .selectFrom('exercise_observations as x')
      .innerJoin('organisations as o', 'o.id', 'x.org_id')
      .leftJoin('users as u', 'u.id', 'x.user_id')
      .selectAll('x')
      .select(['o.name as org_name', 'u.display_name', 'u.email'])
      .where('x.exercise_id', '=', exerciseId)
      .orderBy('x.observed_at')
      .orderBy('x.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      orgName: r.org_name,
      byName: r.display_name || r.email || '',
      observedAt: r.observed_at.toISOString(),
      scenarioTimeS: r.scenario_time_s,
      objectiveId: r.objective_id,
      capabilityId: r.capability_id,
      taskId: r.task_id,
      text: r.text,
      rating: r.rating as EegRating | null,
      at: (r.at as LngLat | null) ?? null,
      photo: photoOf(r)?.shown ?? null,
    }));
  }

  /** Who made an observation and its photo, if any. */
  async observationOf(exerciseId: string, observationId: string): Promise<{ userId: string | null; photo: ObservationPhotoRow | null } | undefined> {
    const r = await this.db
      .selectFrom('exercise_observations')
      .select(['user_id', 'photo_key', 'photo_filename', 'photo_type', 'photo_bytes', 'photo_location_kept'])
      .where('exercise_id', '=', exerciseId)
      .where('id', '=', observationId)
      .executeTakeFirst();
    if (!r) return undefined;
    const photo = photoOf(r);
    return { userId: r.user_id, photo: photo && { key: photo.key, ...photo.shown } };
  }

  /** Stores a photo's bytes in the file store (before the row that names them is written). */
  storePhotoFile(bytes: Uint8Array): Promise<StoredFile> {
    return this.files.put(bytes);
  }

  readPhotoFile(key: string): Promise<Uint8Array | null> {
    return this.files.read(key);
  }

  discardFiles(keys: readonly string[]): Promise<void> {
    return this.files.discard(keys);
  }

  /** Sets (replacing any) the photo of an observation. */
  async setPhoto(exerciseId: string, observationId: string, photo: ObservationPhotoRow, db: Tx = this.db): Promise<void> {
    await db
      .updateTable('exercise_observations')
      .set({ photo_key: photo.key, photo_filename: photo.filename, photo_type: photo.contentType, photo_bytes: photo.bytes, photo_location_kept: photo.locationKept })
      .where('exercise_id', '=', exerciseId)
      .where('id', '=', observationId)
      .execute();
  }

  async addFeedback(exerciseId: string, f: PostFeedback & { orgId: string; userId: string }, db: Tx = this.db): Promise<string> {
    const r = await db
      .insertInto('exercise_feedback')
      .values({ exercise_id: exerciseId, org_id: f.orgId, user_id: f.userId, kind: f.kind, went_well: f.wentWell, to_improve: f.toImprove, score: f.score })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async feedback(exerciseId: string): Promise<Feedback[]> {
    const rows = await this.db
      .selectFrom('exercise_feedback as f')
      .innerJoin('organisations as o', 'o.id', 'f.org_id')
      .leftJoin('users as u', 'u.id', 'f.user_id')
      .selectAll('f')
      .select(['o.name as org_name', 'u.display_name', 'u.email'])
      .where('f.exercise_id', '=', exerciseId)
      .orderBy('f.at')
      .orderBy('f.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      orgName: r.org_name,
      byName: r.display_name || r.email || '',
      at: r.at.toISOString(),
      kind: r.kind as Feedback['kind'],
      wentWell: r.went_well,
      toImprove: r.to_improve,
      score: r.score,
    }));
  }

  async actions(exerciseId: string): Promise<CorrectiveAction[]> {
    const rows = await this.db
      .selectFrom('exercise_actions as a')
      .innerJoin('organisations as o', 'o.id', 'a.org_id')
      .selectAll('a')
      .select(['o.name as org_name', sql<string | null>`to_char(a.starts_on, 'YYYY-MM-DD')`.as('starts'), sql<string | null>`to_char(a.due_on, 'YYYY-MM-DD')`.as('due')])
      .where('a.exercise_id', '=', exerciseId)
      .orderBy('a.position')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      text: r.text,
      element: r.element as CapabilityElement,
      orgId: r.org_id,
      orgName: r.org_name,
      capabilityId: r.capability_id,
      startsOn: r.starts,
      dueOn: r.due,
      status: r.status as ActionStatus,
      eventId: r.event_id,
      practice: r.practice,
      updatedAt: r.updated_at.toISOString(),
      doneAt: r.done_at ? r.done_at.toISOString() : null,
    }));
  }

  async saveAction(exerciseId: string, id: string | null, a: SaveCorrectiveAction, db: Tx = this.db): Promise<string | undefined> {
    const values = {
      org_id: a.orgId,
      text: a.text,
      element: a.element,
      capability_id: a.capabilityId,
      starts_on: a.startsOn,
      due_on: a.dueOn,
      status: a.status,
      event_id: a.eventId,
      practice: a.practice,
      updated_at: new Date(),
      done_at: a.status === 'done' ? new Date() : null,
    };
    if (id === null) {
      const r = await db.insertInto('exercise_actions').values({ ...values, exercise_id: exerciseId }).returning('id').executeTakeFirstOrThrow();
      return r.id;
    }
    const r = await db.updateTable('exercise_actions').set(values).where('exercise_id', '=', exerciseId).where('id', '=', id).returning('id').executeTakeFirst();
    return r?.id;
  }

  /** Whether an event plan exists (an action may link to one of the organiser's). */
  async eventOwner(eventId: string): Promise<string | undefined> {
    return (await this.db.selectFrom('events').select('owner_org_id').where('id', '=', eventId).executeTakeFirst())?.owner_org_id;
  }
}
