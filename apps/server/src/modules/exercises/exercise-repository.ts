import type { ExerciseClock, ExerciseRole, Participant } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { FileStore } from '../../files/file-store.ts';
import { orgCardOf, type OrgCard } from '../../repositories/org-card.ts';
import { displayNameOf } from '../../repositories/display-name.ts';
import { ownedOrShared } from '../../repositories/owned-or-shared.ts';
import type { Tx } from '../../repositories/tx.ts';

/** An exercise as stored, with the names it is shown with; `design` and `clock` as read. */
export interface ExerciseRow {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly ownerName: string;
  readonly name: string;
  readonly type: string;
  readonly status: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly revision: number;
  readonly design: unknown;
  readonly clock: ExerciseClock;
  readonly createdByName: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface NewExercise {
  readonly ownerOrgId: string;
  readonly name: string;
  readonly type: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly design: unknown;
  readonly clock: ExerciseClock;
  readonly createdBy: string;
}

export interface ExerciseChange {
  readonly name?: string;
  readonly type?: string;
  readonly status?: string;
  readonly startsAt?: string;
  readonly endsAt?: string;
  readonly design?: unknown;
  readonly clock?: ExerciseClock;
}

/** Exercises and their participants (sensitive records). Access decisions are the service's job. */
export class ExerciseRepository {
  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
  ) {}

  private base(db: Tx = this.db) {
    return db
      .selectFrom('exercises as x')
      .innerJoin('organisations as o', 'o.id', 'x.owner_org_id')
      .leftJoin('users as u', 'u.id', 'x.created_by')
      .selectAll('x')
      .select(['o.name as owner_name', 'u.display_name as creator_name']);
  }

  private static map(r: {
    id: string;
    owner_org_id: string;
    owner_name: string;
    name: string;
    type: string;
    status: string;
    starts_at: Date;
    ends_at: Date;
    revision: number;
    design: unknown;
    clock: unknown;
    creator_name: string | null;
    created_at: Date;
    updated_at: Date;
  }): ExerciseRow {
    return {
      id: r.id,
      ownerOrgId: r.owner_org_id,
      ownerName: r.owner_name,
      name: r.name,
      type: r.type,
      status: r.status,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
      revision: r.revision,
      design: r.design,
      clock: r.clock as ExerciseClock,
      createdByName: r.creator_name ?? '',
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  }

  async find(id: string, db: Tx = this.db): Promise<ExerciseRow | undefined> {
    const r = await this.base(db).where('x.id', '=', id).executeTakeFirst();
    return r && ExerciseRepository.map(r);
  }

  /** Locks the exercise's row until the transaction ends (one instance steers the run at a time). */
  async lock(id: string, db: Tx): Promise<ExerciseRow | undefined> {
    await sql`select id from exercises where id = ${id} for update`.execute(db);
    return this.find(id, db);
  }

  async listVisible(orgId: string, sharedIds: readonly string[]): Promise<ExerciseRow[]> {
    const rows = await this.base().where(ownedOrShared('x', orgId, sharedIds)).orderBy('x.starts_at', 'desc').execute();
    return rows.map((r) => ExerciseRepository.map(r));
  }

  /** The exercises whose clock runs, for the scheduler. */
  async running(): Promise<string[]> {
    const rows = await this.db.selectFrom('exercises').select('id').where('status', '=', 'running').execute();
    return rows.map((r) => r.id);
  }

  async create(input: NewExercise, db: Tx = this.db): Promise<string> {
    const r = await db
      .insertInto('exercises')
      .values({
        owner_org_id: input.ownerOrgId,
        name: input.name,
        type: input.type,
        starts_at: new Date(input.startsAt),
        ends_at: new Date(input.endsAt),
        design: JSON.stringify(input.design),
        clock: JSON.stringify(input.clock),
        created_by: input.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  /** Writes a change counted in `revision`; with `expectedRevision`, only on that revision. */
  async update(id: string, change: ExerciseChange, expectedRevision: number | undefined, db: Tx = this.db): Promise<boolean> {
    let query = db
      .updateTable('exercises')
      .set({
        ...(change.name !== undefined && { name: change.name }),
        ...(change.type !== undefined && { type: change.type }),
        ...(change.status !== undefined && { status: change.status }),
        ...(change.startsAt !== undefined && { starts_at: new Date(change.startsAt) }),
        ...(change.endsAt !== undefined && { ends_at: new Date(change.endsAt) }),
        ...(change.design !== undefined && { design: JSON.stringify(change.design) }),
        ...(change.clock !== undefined && { clock: JSON.stringify(change.clock) }),
        revision: sql<number>`revision + 1`,
        updated_at: new Date(),
      })
      .where('id', '=', id);
    if (expectedRevision !== undefined) query = query.where('revision', '=', expectedRevision);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Deletes the exercise (everything of it cascades); returns the keys of its observations' photos. */
  async delete(id: string, db: Tx = this.db): Promise<string[]> {
    const photos = await db.selectFrom('exercise_observations').select('photo_key').where('exercise_id', '=', id).where('photo_key', 'is not', null).execute();
    await db.deleteFrom('exercises').where('id', '=', id).execute();
    return photos.flatMap((p) => (p.photo_key ? [p.photo_key] : []));
  }

  /** The organisation that runs an exercise, as its messages name it. */
  organiser(orgId: string, db: Tx = this.db): Promise<OrgCard | undefined> {
    return orgCardOf(db, orgId);
  }

  /** Removes stored files once the rows naming them are gone (a failure leaves them to the start-up sweep). */
  discardFiles(keys: readonly string[]): Promise<void> {
    return this.files.discard(keys);
  }

  async participants(exerciseId: string, db: Tx = this.db): Promise<Participant[]> {
    const rows = await db
      .selectFrom('exercise_participants as p')
      .innerJoin('organisations as o', 'o.id', 'p.org_id')
      .leftJoin('users as u', 'u.id', 'p.user_id')
      .select(['p.id', 'p.org_id', 'o.name as org_name', 'o.slug as org_slug', 'p.user_id', 'u.display_name', 'u.email', 'p.role', 'p.agency'])
      .where('p.exercise_id', '=', exerciseId)
      .orderBy('p.created_at')
      .orderBy('p.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      orgName: r.org_name,
      orgSlug: r.org_slug,
      userId: r.user_id,
      userName: r.user_id ? r.display_name || r.email || '' : null,
      role: r.role as ExerciseRole,
      agency: r.agency,
    }));
  }

  async addParticipant(exerciseId: string, p: { orgId: string; userId: string | null; role: string; agency: string }, db: Tx = this.db): Promise<string> {
    const r = await db
      .insertInto('exercise_participants')
      .values({ exercise_id: exerciseId, org_id: p.orgId, user_id: p.userId, role: p.role, agency: p.agency })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  /** Removes a participant; returns its organisation, or undefined when there was none. */
  async removeParticipant(exerciseId: string, id: string, db: Tx = this.db): Promise<string | undefined> {
    const r = await db.deleteFrom('exercise_participants').where('exercise_id', '=', exerciseId).where('id', '=', id).returning('org_id').executeTakeFirst();
    return r?.org_id;
  }

  /** Whether the user belongs to the organisation (a participant named by user must be one of its people). */
  async isMember(orgId: string, userId: string): Promise<boolean> {
    return (await this.db.selectFrom('memberships').select('user_id').where('org_id', '=', orgId).where('user_id', '=', userId).executeTakeFirst()) !== undefined;
  }

  /** How an export names its reader: their display name and their organisation's name. */
  async readerNames(userId: string, orgId: string): Promise<{ name: string; orgName: string }> {
    const org = await this.db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst();
    return { name: await displayNameOf(this.db, userId), orgName: org?.name ?? '' };
  }
}
