import type { CreateProtectionPlan, PlanSummary, Polygon } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

/** A protection plan as stored, with the state of its job; the plan itself is read apart. */
export interface ProtectionPlanRow {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly siteId: string;
  readonly parentId: string | null;
  readonly name: string;
  readonly zone: Polygon;
  readonly classIds: readonly string[];
  /** The request as run: defaults filled in, the zone resolved. */
  readonly request: CreateProtectionPlan;
  readonly createdAt: Date;
  readonly jobId: string | null;
  readonly jobStatus: string | null;
  readonly jobProgress: number;
  readonly jobError: string | null;
  readonly summary: PlanSummary | null;
}

export type NewProtectionPlan = Pick<ProtectionPlanRow, 'ownerOrgId' | 'siteId' | 'parentId' | 'name' | 'zone' | 'classIds' | 'request' | 'jobId'> & {
  readonly createdBy: string | null;
};

/** Protection plans of sites. */
export class ProtectionPlanRepository {
  constructor(private readonly db: Db) {}

  private base() {
    return this.db
      .selectFrom('protection_plans as p')
      .leftJoin('jobs as j', 'j.id', 'p.job_id')
      .select([
        'p.id', 'p.owner_org_id', 'p.site_id', 'p.parent_id', 'p.name', 'p.zone', 'p.class_ids', 'p.request', 'p.created_at',
        'p.job_id', 'p.summary', 'j.status as job_status', 'j.progress as job_progress', 'j.error as job_error',
      ]);
  }

  private static map(r: {
    id: string; owner_org_id: string; site_id: string; parent_id: string | null; name: string; zone: unknown; class_ids: unknown;
    request: unknown; created_at: Date; job_id: string | null; summary: unknown; job_status: string | null;
    job_progress: number | null; job_error: string | null;
  }): ProtectionPlanRow {
    return {
      id: r.id,
      ownerOrgId: r.owner_org_id,
      siteId: r.site_id,
      parentId: r.parent_id,
      name: r.name,
      zone: r.zone as Polygon,
      classIds: r.class_ids as string[],
      request: r.request as CreateProtectionPlan,
      createdAt: r.created_at,
      jobId: r.job_id,
      jobStatus: r.job_status,
      jobProgress: r.job_progress ?? 0,
      jobError: r.job_error,
      summary: (r.summary as PlanSummary | null) ?? null,
    };
  }

  async insert(p: NewProtectionPlan): Promise<string> {
    const r = await this.db
      .insertInto('protection_plans')
      .values({
        owner_org_id: p.ownerOrgId,
        site_id: p.siteId,
        parent_id: p.parentId,
        name: p.name,
        zone: JSON.stringify(p.zone),
        class_ids: JSON.stringify(p.classIds),
        request: JSON.stringify(p.request),
        job_id: p.jobId,
        created_by: p.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async find(id: string): Promise<ProtectionPlanRow | undefined> {
    const r = await this.base().where('p.id', '=', id).executeTakeFirst();
    return r && ProtectionPlanRepository.map(r);
  }

  async ownerOf(id: string): Promise<string | undefined> {
    const r = await this.db.selectFrom('protection_plans').select('owner_org_id').where('id', '=', id).executeTakeFirst();
    return r?.owner_org_id;
  }

  /** The plans of a site that the organisation owns or that were shared with it, newest first. */
  listVisible(siteId: string, orgId: string, sharedIds: readonly string[]): Promise<ProtectionPlanRow[]> {
    return this.listVisibleOfSites([siteId], orgId, sharedIds);
  }

  /** The plans of several sites that the organisation owns or that were shared with it, newest first. */
  async listVisibleOfSites(siteIds: readonly string[], orgId: string, sharedIds: readonly string[]): Promise<ProtectionPlanRow[]> {
    if (siteIds.length === 0) return [];
    const rows = await this.base()
      .where('p.site_id', 'in', siteIds)
      .where((eb) => (sharedIds.length > 0 ? eb.or([eb('p.owner_org_id', '=', orgId), eb('p.id', 'in', sharedIds)]) : eb('p.owner_org_id', '=', orgId)))
      .orderBy('p.created_at', 'desc')
      .execute();
    return rows.map((r) => ProtectionPlanRepository.map(r));
  }

  async idsOfSite(siteId: string): Promise<string[]> {
    const rows = await this.db.selectFrom('protection_plans').select('id').where('site_id', '=', siteId).execute();
    return rows.map((r) => r.id);
  }

  /** The job's result while the plan does not hold it yet (before `settle`). */
  async pendingResult(id: string): Promise<unknown> {
    const r = await this.db
      .selectFrom('protection_plans as p')
      .innerJoin('jobs as j', 'j.id', 'p.job_id')
      .select('j.result')
      .where('p.id', '=', id)
      .where('p.result', 'is', null)
      .where('j.status', '=', 'succeeded')
      .executeTakeFirst();
    return r?.result ?? null;
  }

  /** Moves a finished job's result into the plan, once; the job keeps the summary only. */
  async settle(id: string, jobId: string, result: unknown, summary: PlanSummary): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('protection_plans')
        .set({ result: JSON.stringify(result), summary: JSON.stringify(summary) })
        .where('id', '=', id)
        .where('result', 'is', null)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 1) {
        await trx.updateTable('jobs').set({ result: JSON.stringify({ protectionPlanId: id, summary }) }).where('id', '=', jobId).execute();
        await trx.deleteFrom('job_attachments').where('job_id', '=', jobId).execute();
      }
    });
  }

  /** The stored result as JSON text (null until settled). */
  async resultJson(id: string): Promise<string | null> {
    const r = await sql<{ result: string | null }>`select result::text as result from protection_plans where id = ${id}`.execute(this.db);
    return r.rows[0]?.result ?? null;
  }

  async delete(id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const r = await trx.deleteFrom('protection_plans').where('id', '=', id).returning('job_id').executeTakeFirst();
      if (r?.job_id) await trx.deleteFrom('job_attachments').where('job_id', '=', r.job_id).execute();
    });
  }
}
