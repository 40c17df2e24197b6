import type { ModuleDeps } from '../module.ts';
import { ApiKeyRepository } from './api-key-repository.ts';
import { ApiKeyService } from './api-key-service.ts';
import { systemClock, type Clock } from './clock.ts';
import { CoverageRepository } from './coverage-repository.ts';
import { CoverageService } from './coverage-service.ts';
import { Open311Service } from './open311-service.ts';
import { PublicReportService } from './public-report-service.ts';
import { ReportRepository } from './report-repository.ts';
import { ReportService } from './report-service.ts';
import { RetentionService } from './retention-service.ts';
import { TallyRepository } from './tally-repository.ts';
import { TriageService } from './triage-service.ts';

/** The use cases of citizens' reports, built once, with the clock they all read. */
export interface CitizensServices {
  readonly coverage: CoverageService;
  readonly keys: ApiKeyService;
  readonly reports: ReportService;
  readonly triage: TriageService;
  readonly public: PublicReportService;
  readonly open311: Open311Service;
  readonly retention: RetentionService;
  readonly clock: Clock;
  /** The platform's public address: Open311 answers give absolute links (a published photo's `media_url`). */
  readonly publicUrl: string;
}

export function citizensServices({ db, access, files, publicUrl }: ModuleDeps, clock: Clock = systemClock): CitizensServices {
  const reportRows = new ReportRepository(db, files);
  const tallies = new TallyRepository(db);
  const coverage = new CoverageService(new CoverageRepository(db), access);
  const keys = new ApiKeyService(new ApiKeyRepository(db), access);
  const reports = new ReportService(reportRows, tallies, coverage, access, clock);
  return {
    coverage,
    keys,
    reports,
    triage: new TriageService(reportRows, access, clock),
    public: new PublicReportService(reportRows, tallies, clock),
    open311: new Open311Service(keys, reports),
    retention: new RetentionService(reportRows, tallies, access, clock),
    clock,
    publicUrl,
  };
}
