import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import type { JobSettings } from '@pactesur/server';
import { CliError } from '../cli-error.ts';

/** The flags of `worker`, checked when the command runs (zod loads only then). */
async function optionsSchema() {
  const { z } = await import('zod');
  return z.object({
    redisUrl: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
    concurrency: z.coerce.number().int().min(1).max(64),
    filesDir: z.string().min(1),
  });
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `pactesur worker`: runs background jobs from the BullMQ queue; start one on each machine to scale out. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Run background jobs from the Redis queue the API servers fill (needs only Redis).')
    .addOption(new Option('--redis-url <url>', 'the Redis server of the job queue').env('REDIS_URL'))
    .addOption(
      new Option('--concurrency <n>', 'jobs run at once, one thread each')
        .env('JOB_CONCURRENCY')
        .default(String(availableParallelism())),
    )
    .addOption(
      new Option('--files-dir <dir>', "the servers' file store (shared storage): jobs read their files from it")
        .env('FILES_DIR')
        .default(join(process.env.DATA_DIR ?? './.data', 'files')),
    )
    .action(async (opts: { redisUrl?: string; concurrency: string; filesDir: string }) => {
      const parsed = (await optionsSchema()).safeParse(opts);
      if (!parsed.success)
        throw new CliError(
          parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '),
          2,
        );
      const { redisUrl, concurrency, filesDir } = parsed.data;
      if (!redisUrl)
        throw new CliError('the worker takes jobs from Redis: pass --redis-url or set REDIS_URL', 2);
      const { jobSettingsFrom, startJobWorker } = await import('@pactesur/server');
      let settings: JobSettings;
      try {
        settings = jobSettingsFrom(process.env);
      } catch (error) {
        throw new CliError(messageOf(error), 2);
      }
      const onError = (error: unknown) => process.stderr.write(`pactesur worker: ${messageOf(error)}\n`);
      const worker = await startJobWorker({ redisUrl, concurrency, settings, filesDir, onError }).catch(
        (error: unknown) => {
          throw new CliError(`cannot reach Redis at ${redisUrl}: ${messageOf(error)}`);
        },
      );
      // Listen for the stop signals before saying "ready": whoever waits for that line may signal at once.
      const stopped = new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      process.stdout.write(
        `worker ${worker.name} ready: queue "${settings.queue}", ${concurrency} job(s) at a time. Press Ctrl+C to stop.\n`,
      );
      await stopped;
      process.stdout.write('stopping: running jobs go back to the queue\n');
      await worker.close();
    });
}
