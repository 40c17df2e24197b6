import { Option, type Command } from 'commander';
import { CliError } from '../cli-error.ts';
import { configFrom } from '../server-config.ts';

/** `pactesur db migrate`: applies pending migrations and says which. */
export function registerDb(program: Command): void {
  const db = program.command('db').description('Database maintenance.');
  db.command('migrate')
    .description('Apply every pending migration (and, with --demo, load the demo networks and accounts).')
    .addOption(new Option('--data-dir <dir>', 'embedded database directory').env('DATA_DIR').default('./.data'))
    .addOption(new Option('--database-url <url>', 'a PostgreSQL server').env('DATABASE_URL'))
    .option('--demo', 'also load the PACTESUR demo data (does nothing if already loaded)')
    .action(async (opts: { dataDir: string; databaseUrl?: string; demo?: boolean }) => {
      const { describeDemoSites, openOperator } = await import('@pactesur/server');
      const config = await configFrom({ DATA_DIR: opts.dataDir, DATABASE_URL: opts.databaseUrl });
      const operator = await openOperator(config.database).catch((error: unknown) => {
        throw new CliError(`cannot open the database: ${error instanceof Error ? error.message : String(error)}`);
      });
      try {
        const { applied } = operator;
        process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'the database is up to date\n');
        if (opts.demo) {
          const { created } = await operator.seedDemo();
          const sites = await operator.seedDemoSites();
          process.stdout.write(created ? 'demo data loaded\n' : 'demo data already there\n');
          for (const line of describeDemoSites(sites)) process.stdout.write(`${line}\n`);
        }
      } catch (error) {
        throw new CliError(error instanceof Error ? error.message : String(error));
      } finally {
        await operator.close();
      }
    });
}
