import { stat } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { BackupSummary, Operator } from '@pactesur/server';
import { CliError } from '../cli-error.ts';
import { configFrom } from '../server-config.ts';

interface DatabaseFlags {
  dataDir: string;
  databaseUrl?: string;
  filesDir?: string;
}

/** The flags naming a database and its file store. */
function databaseFlags(command: Command): Command {
  return command
    .addOption(new Option('--data-dir <dir>', 'embedded database directory').env('DATA_DIR').default('./.data'))
    .addOption(new Option('--database-url <url>', 'a PostgreSQL server').env('DATABASE_URL'))
    .addOption(new Option('--files-dir <dir>', 'the uploaded files (default: DATA_DIR/files)').env('FILES_DIR'));
}

/** Runs `work` on the operator of the database the flags name; every failure is one line, exit code 1. */
async function withOperator(opts: DatabaseFlags, work: (operator: Operator) => Promise<void>): Promise<void> {
  const { openOperator } = await import('@pactesur/server');
  const config = await configFrom({ DATA_DIR: opts.dataDir, DATABASE_URL: opts.databaseUrl, FILES_DIR: opts.filesDir });
  const operator = await openOperator(config).catch((error: unknown) => {
    throw new CliError(`cannot open the database: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    await work(operator);
  } catch (error) {
    throw error instanceof CliError ? error : new CliError(error instanceof Error ? error.message : String(error));
  } finally {
    await operator.close();
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What a backup holds or a restore put back: one line, then the rows of each table. */
function describeBackup(done: string, s: BackupSummary): string {
  const tables = s.tables.map((t) => `  ${t.name}: ${t.rows}\n`).join('');
  return `${done} ${s.file}: ${s.rows} rows in ${s.tables.length} tables, ${s.files} files (${megabytes(s.fileBytes)})\n${tables}`;
}

/**
 * `pactesur db migrate`: applies pending migrations and says which. `db backup FILE` and `db restore FILE`:
 * the database and the uploaded files, to and from one file, on either backend (ADR 0019).
 */
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
      const operator = await openOperator(config).catch((error: unknown) => {
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

  databaseFlags(
    db
      .command('backup')
      .description('Write the database and the uploaded files to FILE (with the embedded database, stop the server first).')
      .argument('<file>', 'the backup to write, e.g. pactesur.backup.gz'),
  ).action(async (file: string, opts: DatabaseFlags) => {
    await withOperator(opts, async (operator) => {
      process.stdout.write(describeBackup('backup written to', await operator.backup(file)));
    });
  });

  databaseFlags(
    db
      .command('restore')
      .description('Restore a backup into an empty database and file store at the same migrations (stop the server first).')
      .argument('<file>', 'a backup written by `pactesur db backup`')
      .option('--force', 'replace everything the database and the file store hold'),
  ).action(async (file: string, opts: DatabaseFlags & { force?: boolean }) => {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw new CliError(`cannot read ${file}: no such file`);
    await withOperator(opts, async (operator) => {
      process.stdout.write(describeBackup('restored', await operator.restore(file, { force: opts.force === true })));
    });
  });
}
