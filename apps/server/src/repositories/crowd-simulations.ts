import type { CreateCrowdSimulation, CrowdSimulation } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

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

  async insert(c: { ownerOrgId: string; siteId: string; name: string; request: CreateCrowdSimulation; agents: number; jobId: string; createdBy: string }): Promise<string> {
    const r = await this.db
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

  async ownerOf(id: string): Promise<string | undefined> {
    const r = await this.db.selectFrom('crowd_simulations').select('owner_org_id').where('id', '=', id).executeTakeFirst();
    return r?.owner_org_id;
  }

  async listVisible(siteId: string, orgId: string, sharedIds: readonly string[]): Promise<CrowdSimulationRow[]> {
    const rows = await this.base()
      .where('c.site_id', '=', siteId)
      .where((eb) => (sharedIds.length > 0 ? eb.or([eb('c.owner_org_id', '=', orgId), eb('c.id', 'in', sharedIds)]) : eb('c.owner_org_id', '=', orgId)))
      .orderBy('c.created_at', 'desc')
      .execute();
    return rows.map((r) => CrowdSimulationRepository.map(r));
  }

  async idsOfSite(siteId: string): Promise<string[]> {
    const rows = await this.db.selectFrom('crowd_simulations').select('id').where('site_id', '=', siteId).execute();
    return rows.map((r) => r.id);
  }

  async pendingResult(id: string): Promise<unknown> {
    const r = await this.db
      .selectFrom('crowd_simulations as c')
      .innerJoin('jobs as j', 'j.id', 'c.job_id')
      .select('j.result')
      .where('c.id', '=', id)
      .where('c.result', 'is', null)
      .where('j.status', '=', 'succeeded')
      .executeTakeFirst();
    return r?.result ?? null;
  }

  /** Moves a finished job's result and frames into the simulation, once; the job keeps the summary only. */
  async settle(id: string, jobId: string, run: { result: unknown; frames: unknown }, summary: CrowdSimulation['summary']): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('crowd_simulations')
        .set({ result: JSON.stringify(run.result), frames: JSON.stringify(run.frames), summary: JSON.stringify(summary) })
        .where('id', '=', id)
        .where('result', 'is', null)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 1)
        await trx.updateTable('jobs').set({ result: JSON.stringify({ crowdSimulationId: id, summary }) }).where('id', '=', jobId).execute();
    });
  }

  /** The stored result or frames as JSON text (null until settled). */
  async json(id: string, column: 'result' | 'frames'): Promise<string | null> {
    const r =
      column === 'result'
        ? await sql<{ v: string | null }>`select result::text as v from crowd_simulations where id = ${id}`.execute(this.db)
        : await sql<{ v: string | null }>`select frames::text as v from crowd_simulations where id = ${id}`.execute(this.db);
    return r.rows[0]?.v ?? null;
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('crowd_simulations').where('id', '=', id).execute();
  }
}
