import type { Config } from '../config.ts';
import { connectDatabase } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { FileStore } from '../files/file-store.ts';
import { seedDemo } from '../demo/seed.ts';
import { seedDemoSites, type DemoSitesReport } from '../demo/demo-sites.ts';
import { createRepositories } from '../repositories/index.ts';
import { AccessService } from '../services/access-service.ts';
import { AccountService } from '../services/account-service.ts';
import { restoreBackup, writeBackup, type BackupSummary, type RestoreOptions } from './backup.ts';

/** What the command line may do to a database, through the use cases (never its tables). */
export interface Operator {
  /** The migrations applied when it opened (empty when the database was up to date). */
  readonly applied: readonly string[];
  readonly accounts: AccountService;
  /** Loads the demo networks and accounts (does nothing if they are there already). */
  seedDemo(): Promise<{ created: boolean }>;
  /** Registers the demo sites from `data/osm` (skips those registered already). */
  seedDemoSites(): Promise<DemoSitesReport>;
  /** Writes the database and the stored files to a backup file (ADR 0019). */
  backup(file: string): Promise<BackupSummary>;
  /** Restores a backup into this (empty, unless `force`) database and file store (ADR 0019). */
  restore(file: string, options?: RestoreOptions): Promise<BackupSummary>;
  close(): Promise<void>;
}

/** Opens the database and file store of `config` for an operator's command, applying pending migrations first. */
export async function openOperator(config: Pick<Config, 'database' | 'filesDir'>): Promise<Operator> {
  const handle = await connectDatabase(config.database);
  try {
    const applied = await migrateToLatest(handle.db);
    const files = await FileStore.open(config.filesDir);
    const repos = createRepositories(handle.db, files);
    const access = new AccessService(repos);
    return {
      applied,
      accounts: new AccountService(repos, access),
      seedDemo: () => seedDemo(repos),
      seedDemoSites: () => seedDemoSites(repos),
      backup: (file) => writeBackup(handle.db, files, file),
      restore: (file, options) => restoreBackup(handle.db, files, file, options),
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
