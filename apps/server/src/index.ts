/** The Pactesur server: configuration, the platform (database, services, jobs, HTTP app) and its listener. */
export { loadConfig, ConfigError, type Config } from './config.ts';
export { startPlatform, type Platform } from './platform.ts';
export { listen, type Listening } from './listen.ts';
export { seedDemo, DEMO_PASSWORD, DEMO_USERS } from './demo/seed.ts';
export { seedDemoSites, DEMO_SITES, type DemoSitesReport } from './demo/demo-sites.ts';
export { startDemoAnalyses, DEMO_ANALYSES, type DemoAnalysis } from './demo/demo-analyses.ts';
export { describeDemoAnalyses, describeDemoSites } from './demo/demo-report.ts';
export { openOperator, type Operator } from './operator/operator.ts';
export type { BackupSummary, RestoreOptions } from './operator/backup.ts';
export { systemActor } from './services/actor.ts';
export { AppError } from './errors/app-error.ts';
export { importSiteFile, ImportRefused } from './register/import-site-file.ts';
export { jobSettingsFrom, startJobWorker, type JobSettings, type JobWorker } from './jobs/index.ts';
