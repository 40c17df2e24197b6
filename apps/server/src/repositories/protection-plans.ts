import type { CreateProtectionPlan, PlanSummary, Polygon } from '@pactesur/contracts';
import type { Db } from '../db/connect.ts';
import { ownedOrShared } from './owned-or-shared.ts';
import type { Tx } from './tx.ts';

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

  async insert(p: NewProtectionPlan, db: Tx = this.db): Promise<string> {
    const r = await db
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

  /** The plans of several sites that the organisation owns or that were shared with it, newest first. */
  async listVisibleOfSites(siteIds: readonly string[], orgId: string, sharedIds: readonly string[]): Promise<ProtectionPlanRow[]> {
    if (siteIds.length === 0) return [];
    const rows = await this.base()
      .where('p.site_id', 'in', siteIds)
      .where(ownedOrShared('p', orgId, sharedIds))
      .orderBy('p.created_at', 'desc')
      .execute();
    return rows.map((r) => ProtectionPlanRepository.map(r));
  }
}
