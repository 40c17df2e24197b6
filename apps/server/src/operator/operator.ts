import type { Config } from '../config.ts';
import { connectDatabase } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemo } from '../demo/seed.ts';
import { seedDemoSites, type DemoSitesReport } from '../demo/demo-sites.ts';
import { createRepositories } from '../repositories/index.ts';
import { AccessService } from '../services/access-service.ts';
import { AccountService } from '../services/account-service.ts';

/** What the command line may do to a database, through the use cases (never its tables). */
export interface Operator {
  /** The migrations applied when it opened (empty when the database was up to date). */
  readonly applied: readonly string[];
  readonly accounts: AccountService;
  /** Loads the demo networks and accounts (does nothing if they are there already). */
  seedDemo(): Promise<{ created: boolean }>;
  /** Registers the demo sites from `data/osm` (skips those registered already). */
  seedDemoSites(): Promise<DemoSitesReport>;
  close(): Promise<void>;
}

/** Opens the database of `config` for an operator's command, applying pending migrations first. */
export async function openOperator(database: Config['database']): Promise<Operator> {
  const handle = await connectDatabase(database);
  try {
    const applied = await migrateToLatest(handle.db);
    const repos = createRepositories(handle.db);
    const access = new AccessService(repos);
    return {
      applied,
      accounts: new AccountService(repos, access),
      seedDemo: () => seedDemo(repos),
      seedDemoSites: () => seedDemoSites(repos),
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
