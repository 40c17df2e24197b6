import type { DensityLevel, LogEntry, Methane } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Tx } from '../../repositories/tx.ts';

/** What one entry of the live log says (its place in the log is given by the event's row). */
export interface NewLogEntry {
  readonly kind: LogEntry['kind'];
  readonly byUser: string | null;
  readonly gate?: string | null;
  readonly in?: number;
  readonly out?: number;
  readonly counter?: string;
  readonly text?: string;
  readonly methane?: Methane | null;
  readonly feature?: string | null;
  readonly triggerId?: string | null;
  readonly alertId?: string | null;
  readonly occupancy: number;
  readonly density: number;
  readonly level: DensityLevel;
}

/** Totals of the log: people in and out per gate, and the trigger points already reached. */
export interface LogTotals {
  readonly seq: number;
  readonly gates: ReadonlyMap<string, { in: number; out: number }>;
  readonly triggered: readonly { triggerId: string; seq: number; alertId: string | null }[];
  readonly level: DensityLevel | null;
}

/**
 * The live log of events. Entries are numbered 1, 2, 3… per event: `append` takes the next number from the
 * event's row, locked for the transaction, so numbers are committed in their order and a reader that asks
 * for the entries after the last it holds never skips one.
 */
export class EventLogRepository {
  constructor(private readonly db: Db) {}

  /** Locks the event's row until the transaction ends and returns its last number. */
  async lock(eventId: string, db: Tx): Promise<number> {
    const r = await sql<{ live_seq: number }>`select live_seq from events where id = ${eventId} for update`.execute(db);
    return r.rows[0]?.live_seq ?? 0;
  }

  /** Appends entries after `seq` (the number `lock` returned), within the locking transaction. */
  async append(eventId: string, seq: number, entries: readonly NewLogEntry[], db: Tx): Promise<number> {
    if (entries.length === 0) return seq;
    await db
      .insertInto('event_log')
      .values(
        entries.map((e, i) => ({
          event_id: eventId,
          seq: seq + i + 1,
          kind: e.kind,
          by_user: e.byUser,
          gate: e.gate ?? null,
          count_in: e.in ?? 0,
          count_out: e.out ?? 0,
          counter: e.counter ?? '',
          text: e.text ?? '',
          methane: e.methane ? JSON.stringify(e.methane) : null,
          feature: e.feature ?? null,
          trigger_id: e.triggerId ?? null,
          alert_id: e.alertId ?? null,
          occupancy: e.occupancy,
          density: e.density,
          level: e.level,
        })),
      )
      .execute();
    const last = seq + entries.length;
    await db.updateTable('events').set({ live_seq: last }).where('id', '=', eventId).execute();
    return last;
  }

  async totals(eventId: string, db: Tx = this.db): Promise<LogTotals> {
    const gates = await db
      .selectFrom('event_log')
      .select(['gate', sql<number>`sum(count_in)::int`.as('in'), sql<number>`sum(count_out)::int`.as('out')])
      .where('event_id', '=', eventId)
      .where('kind', '=', 'count')
      .groupBy('gate')
      .execute();
    const triggered = await db
      .selectFrom('event_log')
      .select(['trigger_id', 'seq', 'alert_id'])
      .where('event_id', '=', eventId)
      .where('trigger_id', 'is not', null)
      .orderBy('seq')
      .execute();
    const last = await db.selectFrom('event_log').select(['seq', 'level']).where('event_id', '=', eventId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    const firstOf = new Map<string, { triggerId: string; seq: number; alertId: string | null }>();
    for (const t of triggered) {
      const id = t.trigger_id as string;
      const seen = firstOf.get(id);
      if (!seen) firstOf.set(id, { triggerId: id, seq: t.seq, alertId: t.alert_id });
      else if (!seen.alertId && t.alert_id) firstOf.set(id, { ...seen, alertId: t.alert_id });
    }
    return {
      seq: last?.seq ?? 0,
      gates: new Map(gates.map((g) => [g.gate ?? '', { in: Number(g.in), out: Number(g.out) }])),
      triggered: [...firstOf.values()],
      level: (last?.level as DensityLevel | undefined) ?? null,
    };
  }

  /** The entries after `after`, in order, at most `limit`. */
  async after(eventId: string, after: number, limit: number, db: Tx = this.db): Promise<LogEntry[]> {
    const rows = await db
      .selectFrom('event_log as l')
      .leftJoin('users as u', 'u.id', 'l.by_user')
      .selectAll('l')
      .select(['u.display_name', 'u.email'])
      .where('l.event_id', '=', eventId)
      .where('l.seq', '>', after)
      .orderBy('l.seq')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      seq: r.seq,
      kind: r.kind as LogEntry['kind'],
      at: r.at.toISOString(),
      byName: r.display_name || r.email || '',
      gate: r.gate,
      in: r.count_in,
      out: r.count_out,
      counter: r.counter,
      text: r.text,
      methane: (r.methane as Methane | null) ?? null,
      feature: r.feature,
      triggerId: r.trigger_id,
      alertId: r.alert_id,
      occupancy: r.occupancy,
      density: r.density,
      level: r.level as DensityLevel,
    }));
  }
}
