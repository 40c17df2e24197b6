import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { listen, loadConfig, seedDemo, seedDemoSites, startPlatform, type Config, type Listening } from '@pactesur/server';

/** The built web app the server serves; the root `npm test` builds it first. */
export const WEB_DIST = fileURLToPath(new URL('../dist', import.meta.url));

/**
 * Starts the real platform on a free loopback port, with an in-memory database and the demo data (with
 * `demoSites`, also the demo's sites, as `npm start` registers them), serving the built web app. Fails with
 * instructions when the web app is not built, or when a demo site could not be registered.
 */
export async function startWebPlatform({
  demoSites = false,
  env = {},
}: {
  demoSites?: boolean;
  /** More environment for the server's configuration (`WEBHOOKS_ALLOW_PRIVATE`, `OUTBOX_POLL_MS` …). */
  env?: Readonly<Record<string, string>>;
} = {}): Promise<Listening> {
  if (!existsSync(`${WEB_DIST}/index.html`)) {
    throw new Error(
      `The web app is not built (${WEB_DIST}/index.html is missing): run \`npm run build:web\` first.`,
    );
  }
  // The server builds its links (invitations) from HOST and PORT, so the port is chosen before it starts.
  const port = await freePort();
  const base = loadConfig({ ...env, NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST, HOST: '127.0.0.1', PORT: String(port) });
  const config: Config = Object.freeze({ ...base, database: { kind: 'pglite' as const, dataDir: 'memory' } });
  const platform = await startPlatform(config);
  try {
    await seedDemo(platform.repositories);
    if (demoSites) {
      const { skipped } = await seedDemoSites(platform.repositories);
      if (skipped.length > 0) throw new Error(`The demo did not register every site: ${JSON.stringify(skipped)}`);
    }
    return await listen(platform, config.host, config.port);
  } catch (error) {
    await platform.close();
    throw error;
  }
}

/** A loopback port free at the time of asking. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
