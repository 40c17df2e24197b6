import type { ClassSummary, Polygon } from '@pactesur/contracts';
import type { Db } from '../db/connect.ts';
import { ownedOrShared } from './owned-or-shared.ts';
import type { Tx } from './tx.ts';

/** A threat analysis as stored, with the state of its job; the result itself is read apart (it is large). */
export interface ThreatAnalysisRow {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly siteId: string;
  readonly name: string;
  readonly zone: Polygon;
  /** The classes as run: full definitions (ids and numbers). */
  readonly classes: readonly { id: string }[];
  readonly spacingM: number;
  readonly sensitivity: boolean;
  readonly createdAt: Date;
  readonly jobId: string | null;
  readonly jobStatus: string | null;
  readonly jobProgress: number;
  readonly jobError: string | null;
  readonly summary: ClassSummary[] | null;
}

export type NewThreatAnalysis = Pick<ThreatAnalysisRow, 'ownerOrgId' | 'siteId' | 'name' | 'zone' | 'classes' | 'spacingM' | 'sensitivity' | 'jobId'> & {
  readonly createdBy: string | null;
};

/** Vehicle threat analyses of sites. */
export class ThreatAnalysisRepository {
  constructor(private readonly db: Db) {}

  private base() {
    return this.db
      .selectFrom('threat_analyses as t')
      .leftJoin('jobs as j', 'j.id', 't.job_id')
      .select([
        't.id', 't.owner_org_id', 't.site_id', 't.name', 't.zone', 't.classes', 't.spacing_m', 't.sensitivity', 't.created_at',
        't.job_id', 't.summary', 'j.status as job_status', 'j.progress as job_progress', 'j.error as job_error',
      ]);
  }

  private static map(r: {
    id: string; owner_org_id: string; site_id: string; name: string; zone: unknown; classes: unknown; spacing_m: number;
    sensitivity: boolean; created_at: Date; job_id: string | null; summary: unknown; job_status: string | null;
    job_progress: number | null; job_error: string | null;
  }): ThreatAnalysisRow {
    return {
      id: r.id,
      ownerOrgId: r.owner_org_id,
      siteId: r.site_id,
      name: r.name,
      zone: r.zone as Polygon,
      classes: r.classes as { id: string }[],
      spacingM: r.spacing_m,
      sensitivity: r.sensitivity,
      createdAt: r.created_at,
      jobId: r.job_id,
      jobStatus: r.job_status,
      jobProgress: r.job_progress ?? 0,
      jobError: r.job_error,
      summary: (r.summary as ClassSummary[] | null) ?? null,
    };
  }

  async insert(t: NewThreatAnalysis, db: Tx = this.db): Promise<string> {
    const r = await db
      .insertInto('threat_analyses')
      .values({
        owner_org_id: t.ownerOrgId,
        site_id: t.siteId,
        name: t.name,
        zone: JSON.stringify(t.zone),
        classes: JSON.stringify(t.classes),
        spacing_m: t.spacingM,
        sensitivity: t.sensitivity,
        job_id: t.jobId,
        created_by: t.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async find(id: string): Promise<ThreatAnalysisRow | undefined> {
    const r = await this.base().where('t.id', '=', id).executeTakeFirst();
    return r && ThreatAnalysisRepository.map(r);
  }

  /** The analyses of several sites that the organisation owns or that were shared with it, newest first. */
  async listVisibleOfSites(siteIds: readonly string[], orgId: string, sharedIds: readonly string[]): Promise<ThreatAnalysisRow[]> {
    if (siteIds.length === 0) return [];
    const rows = await this.base()
      .where('t.site_id', 'in', siteIds)
      .where(ownedOrShared('t', orgId, sharedIds))
      .orderBy('t.created_at', 'desc')
      .execute();
    return rows.map((r) => ThreatAnalysisRepository.map(r));
  }
}
