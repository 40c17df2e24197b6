import type { ReportCategory, ReportStatus } from '@pactesur/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Tx } from '../../repositories/tx.ts';

/** What a day adds to a category's tally. */
export interface TallyStep {
  readonly received?: number;
  readonly purged?: number;
  readonly photos?: number;
  readonly faces?: number;
}

/** A report the retention job deleted: its category, and the photo files it named. */
export interface PurgedReport {
  readonly id: string;
  readonly orgId: string;
  readonly requestId: string;
  readonly category: ReportCategory;
  readonly photoKeys: readonly (string | null)[];
}

/**
 * The daily tallies of the transparency page (counts only, which outlive the reports), the counts of the
 * reports kept, and the retention job's deletion.
 */
export class TallyRepository {
  constructor(private readonly db: Db) {}

  async add(day: string, category: ReportCategory, step: TallyStep, db: Tx = this.db): Promise<void> {
    const values = { received: step.received ?? 0, purged: step.purged ?? 0, photos: step.photos ?? 0, faces: step.faces ?? 0 };
    await db
      .insertInto('citizen_report_tallies')
      .values({ day: sql<string>`${day}::date`, category, ...values })
      .onConflict((oc) =>
        oc.columns(['day', 'category']).doUpdateSet({
          received: sql`citizen_report_tallies.received + ${values.received}`,
          purged: sql`citizen_report_tallies.purged + ${values.purged}`,
          photos: sql`citizen_report_tallies.photos + ${values.photos}`,
          faces: sql`citizen_report_tallies.faces + ${values.faces}`,
        }),
      )
      .execute();
  }

  /** The tallies since `day` (inclusive), summed per category. */
  async since(day: string): Promise<Map<string, Required<TallyStep>>> {
    const rows = await this.db
      .selectFrom('citizen_report_tallies')
      .select((eb) => [
        'category',
        eb.fn.sum<string>('received').as('received'),
        eb.fn.sum<string>('purged').as('purged'),
        eb.fn.sum<string>('photos').as('photos'),
        eb.fn.sum<string>('faces').as('faces'),
      ])
      .where('day', '>=', sql<string>`${day}::date`)
      .groupBy('category')
      .execute();
    return new Map(rows.map((r) => [r.category, { received: Number(r.received), purged: Number(r.purged), photos: Number(r.photos), faces: Number(r.faces) }]));
  }

  /** The reports kept now, per category and status. */
  async kept(): Promise<{ category: string; status: ReportStatus; count: number }[]> {
    const rows = await this.db
      .selectFrom('citizen_reports')
      .select((eb) => ['category', 'status', eb.fn.countAll<string>().as('count')])
      .groupBy(['category', 'status'])
      .execute();
    return rows.map((r) => ({ category: r.category, status: r.status as ReportStatus, count: Number(r.count) }));
  }

  /** Deletes the reports whose time is up at `now`, returning what each was and named. */
  async purgeExpired(now: Date, db: Tx = this.db): Promise<PurgedReport[]> {
    const rows = await db
      .deleteFrom('citizen_reports')
      .where('purge_after', '<=', now)
      .returning(['id', 'org_id', 'request_id', 'category', 'photo_key', 'published_photo_key'])
      .execute();
    return rows.map((r) => ({ id: r.id, orgId: r.org_id, requestId: r.request_id, category: r.category as ReportCategory, photoKeys: [r.photo_key, r.published_photo_key] }));
  }
}
