import type { AssessmentComment, AssessmentPhoto } from '@pactesur/contracts';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { FileStore, StoredFile } from '../../files/file-store.ts';
import { displayNameOf } from '../../repositories/display-name.ts';
import { ownedOrShared } from '../../repositories/owned-or-shared.ts';
import type { Tx } from '../../repositories/tx.ts';

/** An assessment as stored, with the names it is shown with; `content`, `indicators` and `overrides` as read. */
export interface AssessmentRow {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly ownerOrgName: string;
  readonly siteId: string;
  readonly siteName: string;
  readonly siteEventOccupancy: number | null;
  readonly parentId: string | null;
  readonly version: number;
  readonly title: string;
  readonly status: string;
  readonly step: string;
  readonly revision: number;
  readonly content: unknown;
  readonly indicators: unknown;
  readonly overrides: unknown;
  readonly createdByName: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface NewAssessment {
  readonly ownerOrgId: string;
  readonly siteId: string;
  readonly parentId: string | null;
  readonly title: string;
  readonly content: unknown;
  readonly indicators: unknown;
  readonly overrides: unknown;
  readonly createdBy: string;
}

export interface AssessmentChange {
  readonly title?: string;
  readonly status?: string;
  readonly step?: string;
  readonly content?: unknown;
  readonly indicators?: unknown;
  readonly overrides?: unknown;
}

/** The newest ready record of one kind a site has, as an indicator's source is compared with it. */
export interface LatestSource {
  readonly id: string;
  readonly at: string;
}

/** What the staleness of indicators is read against: the site's newest sources the owner organisation may see. */
export interface SourceState {
  readonly site: { readonly updatedAt: string; readonly extractId: string | null } | null;
  readonly threat: LatestSource | null;
  readonly crowd: LatestSource | null;
  readonly plan: LatestSource | null;
  /** Which of the ids asked for still exist. */
  readonly existing: ReadonlySet<string>;
}

type PhotoRow = AssessmentPhoto & { readonly fileKey: string };

/** Assessments, their comments and photos (sensitive records). Access decisions are the service's job. */
export class AssessmentRepository {
  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
  ) {}

  private base() {
    return this.db
      .selectFrom('assessments as a')
      .innerJoin('organisations as o', 'o.id', 'a.owner_org_id')
      .innerJoin('sites as s', 's.id', 'a.site_id')
      .leftJoin('users as u', 'u.id', 'a.created_by')
      .selectAll('a')
      .select([
        'o.name as owner_name',
        's.name as site_name',
        's.event_occupancy as site_event_occupancy',
        'u.display_name as creator_name',
      ]);
  }

  private static map(r: {
    id: string;
    owner_org_id: string;
    owner_name: string;
    site_id: string;
    site_name: string;
    site_event_occupancy: number | null;
    parent_id: string | null;
    version: number;
    title: string;
    status: string;
    step: string;
    revision: number;
    content: unknown;
    indicators: unknown;
    overrides: unknown;
    creator_name: string | null;
    created_at: Date;
    updated_at: Date;
  }): AssessmentRow {
    return {
      id: r.id,
      ownerOrgId: r.owner_org_id,
      ownerOrgName: r.owner_name,
      siteId: r.site_id,
      siteName: r.site_name,
      siteEventOccupancy: r.site_event_occupancy,
      parentId: r.parent_id,
      version: r.version,
      title: r.title,
      status: r.status,
      step: r.step,
      revision: r.revision,
      content: r.content,
      indicators: r.indicators,
      overrides: r.overrides,
      createdByName: r.creator_name ?? '',
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  }

  async find(id: string): Promise<AssessmentRow | undefined> {
    const r = await this.base().where('a.id', '=', id).executeTakeFirst();
    return r && AssessmentRepository.map(r);
  }

  async listVisible(orgId: string, sharedIds: readonly string[], siteId?: string): Promise<AssessmentRow[]> {
    let query = this.base().where(ownedOrShared('a', orgId, sharedIds));
    if (siteId) query = query.where('a.site_id', '=', siteId);
    const rows = await query.orderBy('s.name').orderBy('a.version', 'desc').execute();
    return rows.map((r) => AssessmentRepository.map(r));
  }

  /** Inserts a version numbered after every version the organisation has of the site. */
  async create(input: NewAssessment, db: Tx = this.db): Promise<string> {
    const r = await db
      .insertInto('assessments')
      .values({
        owner_org_id: input.ownerOrgId,
        site_id: input.siteId,
        parent_id: input.parentId,
        version: sql<number>`(select coalesce(max(version), 0) + 1 from assessments where owner_org_id = ${input.ownerOrgId} and site_id = ${input.siteId})`,
        title: input.title,
        content: JSON.stringify(input.content),
        indicators: JSON.stringify(input.indicators),
        overrides: JSON.stringify(input.overrides),
        created_by: input.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  /**
   * Writes a change and counts it in `revision`; with `expectedRevision`, only when the stored revision is
   * still that one. Returns whether the row was changed.
   */
  async update(
    id: string,
    change: AssessmentChange,
    expectedRevision: number | undefined,
    db: Tx = this.db,
  ): Promise<boolean> {
    let query = db
      .updateTable('assessments')
      .set({
        ...(change.title !== undefined && { title: change.title }),
        ...(change.status !== undefined && { status: change.status }),
        ...(change.step !== undefined && { step: change.step }),
        ...(change.content !== undefined && { content: JSON.stringify(change.content) }),
        ...(change.indicators !== undefined && { indicators: JSON.stringify(change.indicators) }),
        ...(change.overrides !== undefined && { overrides: JSON.stringify(change.overrides) }),
        revision: sql<number>`revision + 1`,
        updated_at: new Date(),
      })
      .where('id', '=', id);
    if (expectedRevision !== undefined) query = query.where('revision', '=', expectedRevision);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Deletes the assessment (its comments and photo rows cascade); returns the keys of its photos' files. */
  async delete(id: string, db: Tx = this.db): Promise<string[]> {
    const photos = await db
      .selectFrom('assessment_photos')
      .select('file_key')
      .where('assessment_id', '=', id)
      .execute();
    await db.deleteFrom('assessments').where('id', '=', id).execute();
    return photos.map((p) => p.file_key);
  }

  /** Removes stored files once the rows naming them are gone (a failure leaves them to the start-up sweep). */
  discardFiles(keys: readonly string[]): Promise<void> {
    return this.files.discard(keys);
  }

  async comments(assessmentId: string): Promise<AssessmentComment[]> {
    const rows = await this.db
      .selectFrom('assessment_comments')
      .selectAll()
      .where('assessment_id', '=', assessmentId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      authorName: r.author_name,
      authorId: r.author_id,
      about: r.about,
      body: r.body,
      createdAt: r.created_at.toISOString(),
    }));
  }

  async findComment(assessmentId: string, commentId: string): Promise<AssessmentComment | undefined> {
    return (await this.comments(assessmentId)).find((c) => c.id === commentId);
  }

  async addComment(
    input: { assessmentId: string; authorId: string; authorName: string; about: string | null; body: string },
    db: Tx = this.db,
  ): Promise<string> {
    const r = await db
      .insertInto('assessment_comments')
      .values({
        assessment_id: input.assessmentId,
        author_id: input.authorId,
        author_name: input.authorName,
        about: input.about,
        body: input.body,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async deleteComment(assessmentId: string, commentId: string, db: Tx = this.db): Promise<void> {
    await db
      .deleteFrom('assessment_comments')
      .where('assessment_id', '=', assessmentId)
      .where('id', '=', commentId)
      .execute();
  }

  async photos(assessmentId: string): Promise<PhotoRow[]> {
    const rows = await this.db
      .selectFrom('assessment_photos')
      .selectAll()
      .where('assessment_id', '=', assessmentId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      fileKey: r.file_key,
      filename: r.filename,
      contentType: r.content_type,
      bytes: r.bytes,
      caption: r.caption,
      locationKept: r.location_kept,
      createdAt: r.created_at.toISOString(),
      byName: r.created_by_name,
    }));
  }

  async findPhoto(assessmentId: string, photoId: string): Promise<PhotoRow | undefined> {
    return (await this.photos(assessmentId)).find((p) => p.id === photoId);
  }

  /** Stores a photo's bytes in the file store (before the row that names them is written). */
  storePhotoFile(bytes: Uint8Array): Promise<StoredFile> {
    return this.files.put(bytes);
  }

  async addPhoto(
    input: {
      assessmentId: string;
      file: StoredFile;
      filename: string;
      contentType: string;
      caption: string;
      locationKept: boolean;
      createdBy: string;
      createdByName: string;
    },
    db: Tx = this.db,
  ): Promise<string> {
    const r = await db
      .insertInto('assessment_photos')
      .values({
        assessment_id: input.assessmentId,
        file_key: input.file.key,
        filename: input.filename,
        content_type: input.contentType,
        bytes: input.file.bytes,
        caption: input.caption,
        location_kept: input.locationKept,
        created_by: input.createdBy,
        created_by_name: input.createdByName,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  readPhotoFile(key: string): Promise<Uint8Array | null> {
    return this.files.read(key);
  }

  async deletePhoto(assessmentId: string, photoId: string, db: Tx = this.db): Promise<void> {
    await db
      .deleteFrom('assessment_photos')
      .where('assessment_id', '=', assessmentId)
      .where('id', '=', photoId)
      .execute();
  }

  /** A user's display name (for comments, photos and the watermark of exports). */
  userName(userId: string): Promise<string> {
    return displayNameOf(this.db, userId);
  }

  async orgName(orgId: string): Promise<string> {
    const r = await this.db
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', orgId)
      .executeTakeFirst();
    return r?.name ?? '';
  }

  /**
   * The site's newest ready analysis, simulation and verified plan among the records the organisation owns
   * or was shared, and which of `ids` still exist: ids and dates only, never their content.
   */
  async sourceState(siteId: string, orgId: string, ids: readonly string[]): Promise<SourceState> {
    const shared = (kind: string) =>
      sql<boolean>`(owner_org_id = ${orgId} or id in (select record_id from record_shares where record_kind = ${kind} and org_id = ${orgId}))`;
    const site = await this.db
      .selectFrom('sites')
      .select(['updated_at', 'extract_id'])
      .where('id', '=', siteId)
      .executeTakeFirst();
    // The newest ready record of each kind: an analysis or simulation with its summary, a verified plan.
    const newest = (table: 'threat_analyses' | 'crowd_simulations' | 'protection_plans', kind: string, ready: RawBuilder<boolean>) =>
      this.db
        .selectFrom(table)
        .select(['id', 'created_at'])
        .where('site_id', '=', siteId)
        .where(ready)
        .where(shared(kind))
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
    const threat = await newest('threat_analyses', 'threat-analysis', sql<boolean>`summary is not null`);
    const crowd = await newest('crowd_simulations', 'crowd-simulation', sql<boolean>`summary is not null`);
    const plan = await newest('protection_plans', 'protection-plan', sql<boolean>`summary->>'verified' = 'true'`);
    const existing = new Set<string>();
    if (ids.length > 0) {
      const { rows } = await sql<{ id: string }>`
        select id from threat_analyses where id in (${sql.join([...ids])})
        union all select id from crowd_simulations where id in (${sql.join([...ids])})
        union all select id from protection_plans where id in (${sql.join([...ids])})
        union all select id from sites where id in (${sql.join([...ids])})
        union all select id from extracts where id in (${sql.join([...ids])})
      `.execute(this.db);
      for (const r of rows) existing.add(r.id);
    }
    const latest = (r: { id: string; created_at: Date } | undefined): LatestSource | null =>
      r ? { id: r.id, at: r.created_at.toISOString() } : null;
    return {
      site: site ? { updatedAt: site.updated_at.toISOString(), extractId: site.extract_id } : null,
      threat: latest(threat),
      crowd: latest(crowd),
      plan: latest(plan),
      existing,
    };
  }
}
