import type { ReportCategory } from '@pactesur/contracts';
import { every } from '../../jobs/every.ts';
import type { Logger } from '../../logger.ts';
import type { AccessService } from '../../services/access-service.ts';
import { dayOf, type Clock } from './clock.ts';
import type { ReportRepository } from './report-repository.ts';
import type { TallyRepository } from './tally-repository.ts';

/** How often the expired reports are deleted, by the module's clock. */
export const PURGE_EVERY_MS = 3_600_000;
/** How often the scheduler looks whether a purge is due (a comparison of two times, nothing more). */
export const PURGE_CHECK_MS = 1_000;

/**
 * The retention of reports: a report is deleted, with its photos, once its category's period is over
 * after it was closed (or, never closed, after it was made) — its `purgeAfter`. Each deletion is in the
 * receiving organisation's audit log and counted for the transparency page.
 */
export class RetentionService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly tallies: TallyRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /** Deletes the reports whose time is up now; answers how many. */
  async purge(): Promise<number> {
    const now = this.clock.now();
    const purged = await this.access.inTransaction(async (trx) => {
      const rows = await this.tallies.purgeExpired(now, trx);
      const counts = new Map<ReportCategory, number>();
      for (const r of rows) counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
      for (const [category, n] of counts) await this.tallies.add(dayOf(now), category, { purged: n }, trx);
      for (const r of rows) await this.access.audit(null, 'delete', { kind: 'citizen-report', recordId: r.id, ownerOrgId: r.orgId, detail: `${r.requestId}: retention period over` }, trx);
      return rows;
    });
    // The files go once the rows naming them are gone; one left over is the start-up sweep's.
    await this.reports.discardPhotos(purged.flatMap((r) => r.photoKeys));
    return purged.length;
  }
}

/**
 * Runs the purge every `PURGE_EVERY_MS` of the module's clock, the first at start: the scheduler looks every
 * `PURGE_CHECK_MS` whether the clock has passed the next purge's time (so a clock moved on, in a test or
 * after a machine slept, is followed at once). Instances may purge alike: a deletion happens once.
 */
export function startRetention(retention: RetentionService, clock: Clock, logger: Logger): { close(): Promise<void> } {
  let next = 0;
  const loop = every(
    PURGE_CHECK_MS,
    async () => {
      if (clock.now().getTime() < next) return;
      next = clock.now().getTime() + PURGE_EVERY_MS;
      const purged = await retention.purge();
      if (purged > 0) logger.info({ purged }, 'citizens: reports past their retention period deleted');
    },
    (error) => logger.error({ err: error }, 'citizens: could not delete the reports past their retention period'),
  );
  return { close: () => loop.stop() };
}
