import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PactesurClient } from '@pactesur/api-client';
import { loadConfig, type Config } from '../src/config.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/demo/seed.ts';
import { startPlatform, type Platform } from '../src/platform.ts';
import { testDatabase } from './test-database.ts';

export interface TestPlatform extends Platform {
  /** A client talking to the app in-process (no socket), with its own cookie jar. */
  client(): PactesurClient;
  /** A client signed in as a demo user, acting for their first organisation. */
  signedIn(email: string): Promise<PactesurClient>;
  /** Sends a raw request in-process. */
  request(path: string, init?: RequestInit): Promise<Response>;
}

/** Starts a whole platform on a fresh test database, with the demo data unless `demo: false`. */
export async function startTestPlatform(options: { demo?: boolean; env?: Record<string, string> } = {}): Promise<TestPlatform> {
  const { database, drop } = await testDatabase();
  // Uploaded files go to a directory of this test's own, removed with it.
  const filesDir = await mkdtemp(join(tmpdir(), 'pactesur-files-'));
  // JOB_* tuning set by a test file reaches the platform (and the worker processes it spawns) alike.
  const jobEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('JOB_')));
  const base: Config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...jobEnv, ...options.env });
  const config: Config = Object.freeze({ ...base, database, filesDir: options.env?.FILES_DIR ?? filesDir, redisUrl: options.env?.REDIS_URL ?? null });
  const platform = await startPlatform(config);
  if (options.demo !== false) await seedDemo(platform.repositories);
  const app = platform.app;
  const fetchInProcess = (input: string, init: RequestInit) =>
    Promise.resolve(app.fetch(new Request(new URL(input, 'http://localhost'), init)));
  const client = () => new PactesurClient({ baseUrl: 'http://localhost', fetch: fetchInProcess, cookieJar: true });
  return {
    ...platform,
    client,
    signedIn: async (email) => {
      const c = client();
      await c.signIn({ email, password: DEMO_PASSWORD });
      return c;
    },
    request: (path, init = {}) => fetchInProcess(`http://localhost${path}`, init),
    close: async () => {
      await platform.close();
      await drop();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}
