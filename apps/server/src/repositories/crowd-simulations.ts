import type { CreateCrowdSimulation, CrowdSimulation } from '@pactesur/contracts';
import type { Db } from '../db/connect.ts';
import { ownedOrShared } from './owned-or-shared.ts';
import type { Tx } from './tx.ts';

/** A crowd simulation as stored, with the state of its job; result and frames are read apart (large). */
export interface CrowdSimulationRow {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly siteId: string;
  readonly name: string;
  readonly request: CreateCrowdSimulation;
  readonly agents: number;
  readonly createdAt: Date;
  readonly jobId: string | null;
  readonly jobStatus: string | null;
  readonly jobProgress: number;
  readonly jobError: string | null;
  readonly summary: CrowdSimulation['summary'];
}

/** Crowd simulations of sites. */
export class CrowdSimulationRepository {
  constructor(private readonly db: Db) {}

  private base() {
    return this.db
      .selectFrom('crowd_simulations as c')
      .leftJoin('jobs as j', 'j.id', 'c.job_id')
      .select([
        'c.id', 'c.owner_org_id', 'c.site_id', 'c.name', 'c.request', 'c.agents', 'c.created_at', 'c.job_id', 'c.summary',
        'j.status as job_status', 'j.progress as job_progress', 'j.error as job_error',
      ]);
  }

  private static map(r: {
    id: string; owner_org_id: string; site_id: string; name: string; request: unknown; agents: number; created_at: Date;
    job_id: string | null; summary: unknown; job_status: string | null; job_progress: number | null; job_error: string | null;
  }): CrowdSimulationRow {
    return {
      id: r.id,
      ownerOrgId: r.owner_org_id,
      siteId: r.site_id,
      name: r.name,
      request: r.request as CreateCrowdSimulation,
      agents: r.agents,
      createdAt: r.created_at,
      jobId: r.job_id,
      jobStatus: r.job_status,
      jobProgress: r.job_progress ?? 0,
      jobError: r.job_error,
      summary: (r.summary as CrowdSimulation['summary']) ?? null,
    };
  }

  async insert(c: { ownerOrgId: string; siteId: string; name: string; request: CreateCrowdSimulation; agents: number; jobId: string; createdBy: string }, db: Tx = this.db): Promise<string> {
    const r = await db
      .insertInto('crowd_simulations')
      .values({
        owner_org_id: c.ownerOrgId,
        site_id: c.siteId,
        name: c.name,
        request: JSON.stringify(c.request),
        agents: c.agents,
        job_id: c.jobId,
        created_by: c.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async find(id: string): Promise<CrowdSimulationRow | undefined> {
    const r = await this.base().where('c.id', '=', id).executeTakeFirst();
    return r && CrowdSimulationRepository.map(r);
  }

  /** The simulations of these sites that the organisation owns or that were shared with it, newest first. */
  async listVisibleOfSites(siteIds: readonly string[], orgId: string, sharedIds: readonly string[]): Promise<CrowdSimulationRow[]> {
    if (siteIds.length === 0) return [];
    const rows = await this.base()
      .where('c.site_id', 'in', siteIds)
      .where(ownedOrShared('c', orgId, sharedIds))
      .orderBy('c.created_at', 'desc')
      .execute();
    return rows.map((r) => CrowdSimulationRepository.map(r));
  }
}
