import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { CliError } from '../cli-error.ts';
import { configFrom, DEFAULT_WEB_DIST } from '../server-config.ts';

/** `pactesur serve`: the whole platform (API and web app) on one port. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start the platform: API, web app and background jobs.')
    .addOption(new Option('--port <n>', 'port to listen on').env('PORT').default('8080'))
    .addOption(new Option('--host <host>', 'address to listen on').env('HOST').default('127.0.0.1'))
    .addOption(new Option('--data-dir <dir>', 'where the embedded database keeps its files').env('DATA_DIR').default('./.data'))
    .addOption(new Option('--database-url <url>', 'a PostgreSQL server instead of the embedded database').env('DATABASE_URL'))
    .addOption(new Option('--redis-url <url>', 'run jobs on BullMQ workers through this Redis').env('REDIS_URL'))
    .addOption(new Option('--demo', 'load the PACTESUR demo networks and accounts').env('PACTESUR_DEMO').default(false))
    .action(async (opts: { port: string; host: string; dataDir: string; databaseUrl?: string; redisUrl?: string; demo: boolean | string }) => {
      const { DEMO_PASSWORD, DEMO_USERS, describeDemoAnalyses, describeDemoSites, listen, seedDemo, seedDemoSites, startDemoAnalyses, startPlatform } =
        await import('@pactesur/server');
      const { PactesurClient } = await import('@pactesur/api-client');
      const config = await configFrom({
        PORT: opts.port,
        HOST: opts.host,
        DATA_DIR: opts.dataDir,
        DATABASE_URL: opts.databaseUrl,
        REDIS_URL: opts.redisUrl,
        WEB_DIST: process.env.WEB_DIST ?? DEFAULT_WEB_DIST,
      });
      const platform = await startPlatform(config).catch((error: unknown) => {
        throw new CliError(`cannot start: ${error instanceof Error ? error.message : String(error)}`);
      });
      const demo = opts.demo === true || opts.demo === '1' || opts.demo === 'true';
      const demoSites = demo ? (await seedDemo(platform.repositories), await seedDemoSites(platform.repositories)) : null;
      const server = await listen(platform, config.host, config.port).catch(async (error: unknown) => {
        await platform.close();
        throw new CliError(`cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}`);
      });
      const where = config.database.kind === 'postgres' ? 'PostgreSQL server' : `embedded PostgreSQL in ${config.database.dataDir}`;
      const lines = [`Pactesur is running at ${server.url}  (${where}; jobs on ${platform.jobs.backend})`];
      if (!existsSync(config.webDist ?? '')) lines.push('The web app is not built yet: run `npm run build:web`.');
      if (demo) {
        lines.push(`Demo accounts (password "${DEMO_PASSWORD}"):`);
        for (const u of DEMO_USERS) lines.push(`  ${u.email.padEnd(38)} ${u.role.padEnd(7)} ${u.org}`);
        if (demoSites) lines.push(...describeDemoSites(demoSites));
      }
      process.stdout.write(lines.join('\n') + '\nPress Ctrl+C to stop.\n');
      if (demo) {
        // The server is healthy: the demo's analyses run now as background jobs, and say when they end.
        const say = (text: string[]) => process.stdout.write(text.map((l) => `${l}\n`).join(''));
        void startDemoAnalyses(new PactesurClient({ baseUrl: server.url, cookieJar: true }))
          .then(async ({ analyses, finished }) => {
            say(describeDemoAnalyses(analyses));
            if (analyses.some((a) => a.outcome === 'started')) say(describeDemoAnalyses(await finished()));
          })
          .catch((error: unknown) => say([`Demo analyses not started: ${error instanceof Error ? error.message : String(error)}.`]));
      }
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
