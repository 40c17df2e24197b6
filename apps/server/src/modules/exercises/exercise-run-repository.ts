import type { Delivery, ExerciseResponse, InjectStatus, Methane } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Tx } from '../../repositories/tx.ts';

/** What the run did with one inject. */
export interface DeliveryRow {
  readonly injectId: string;
  readonly lateMs: number | null;
  readonly status: InjectStatus;
  readonly at: string;
  readonly scenarioTimeS: number;
  readonly reached: readonly string[];
  readonly delivery: Delivery | null;
}

export interface NewResponse {
  readonly orgId: string;
  readonly userId: string;
  readonly scenarioTimeS: number;
  readonly injectId: string | null;
  readonly text: string;
  readonly choice: string | null;
  readonly methane: Methane | null;
}

/** The run of exercises: what became of each inject, and the players' responses. */
export class ExerciseRunRepository {
  constructor(private readonly db: Db) {}

  async deliveries(exerciseId: string, db: Tx = this.db): Promise<DeliveryRow[]> {
    const rows = await db.selectFrom('exercise_deliveries').selectAll().where('exercise_id', '=', exerciseId).orderBy('at').orderBy('scenario_time_s').execute();
    return rows.map((r) => ({
      injectId: r.inject_id,
      lateMs: r.late_ms,
      status: r.status as InjectStatus,
      at: r.at.toISOString(),
      scenarioTimeS: r.scenario_time_s,
      reached: r.reached,
      delivery: (r.delivery as Delivery | null) ?? null,
    }));
  }

  /** Records what became of an inject; false when the run had already treated it (another instance did). */
  async settle(
    exerciseId: string,
    row: { injectId: string; status: InjectStatus; scenarioTimeS: number; reached: readonly string[]; delivery: Delivery | null; lateMs?: number | null },
    db: Tx,
  ): Promise<boolean> {
    const r = await db
      .insertInto('exercise_deliveries')
      .values({
        exercise_id: exerciseId,
        inject_id: row.injectId,
        status: row.status,
        scenario_time_s: row.scenarioTimeS,
        reached: JSON.stringify(row.reached),
        delivery: row.delivery ? JSON.stringify(row.delivery) : null,
        late_ms: row.lateMs ?? null,
      })
      .onConflict((oc) => oc.columns(['exercise_id', 'inject_id']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async addResponse(exerciseId: string, r: NewResponse, db: Tx = this.db): Promise<string> {
    const row = await db
      .insertInto('exercise_responses')
      .values({
        exercise_id: exerciseId,
        org_id: r.orgId,
        user_id: r.userId,
        scenario_time_s: r.scenarioTimeS,
        inject_id: r.injectId,
        text: r.text,
        choice: r.choice,
        methane: r.methane ? JSON.stringify(r.methane) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** The responses, oldest first; of one organisation when `orgId` is given. */
  async responses(exerciseId: string, orgId?: string): Promise<ExerciseResponse[]> {
    let query = this.db
      .selectFrom('exercise_responses as r')
      .innerJoin('organisations as o', 'o.id', 'r.org_id')
      .leftJoin('users as u', 'u.id', 'r.user_id')
      .select(['r.id', 'r.org_id', 'o.name as org_name', 'u.display_name', 'u.email', 'r.at', 'r.scenario_time_s', 'r.inject_id', 'r.text', 'r.choice', 'r.methane'])
      .where('r.exercise_id', '=', exerciseId);
    if (orgId) query = query.where('r.org_id', '=', orgId);
    const rows = await query.orderBy('r.at').orderBy(sql`r.id`).execute();
    return rows.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      orgName: r.org_name,
      byName: r.display_name || r.email || '',
      at: r.at.toISOString(),
      scenarioTimeS: r.scenario_time_s,
      injectId: r.inject_id,
      text: r.text,
      choice: r.choice,
      methane: (r.methane as Methane | null) ?? null,
    }));
  }
}
