import { defineConfig } from 'vitest/config';

/**
 * One Vitest run, several projects:
 * - `unit`: pure packages, the CLI and everything that needs no database;
 * - `server-pglite`: the server's tests on an embedded PGlite per test file;
 * - `server-pg`: the very same tests on the PostgreSQL server of `DATABASE_URL` (only when it is set);
 * - `e2e`: real Chromium against a started server (`apps/web/e2e`).
 * Tests fail on stray console output (see `test/no-console.ts`).
 */
// The fuzz tests of the server's parsers need no database: they run in `unit` (see fuzz/README.md).
const serverFuzz = 'apps/server/**/*.fuzz.test.ts';
const onServer = ['apps/server/**/*.test.ts', `!${serverFuzz}`];
const setupFiles = ['./test/no-console.ts'];
const pg = process.env.DATABASE_URL;
const wantE2e = process.env.PACTESUR_E2E !== '0';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/**/*.test.ts', 'apps/cli/**/*.test.ts', 'apps/web/src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts', serverFuzz],
          setupFiles,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server-pglite',
          include: onServer,
          setupFiles,
          env: { PACTESUR_TEST_DB: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      ...(pg
        ? [
            {
              test: {
                name: 'server-pg',
                include: onServer,
                setupFiles,
                env: { PACTESUR_TEST_DB: 'postgres' },
                testTimeout: 60_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      ...(wantE2e
        ? [
            {
              test: {
                name: 'e2e',
                include: ['apps/web/e2e/**/*.test.ts'],
                setupFiles,
                fileParallelism: false,
                testTimeout: 120_000,
                hookTimeout: 180_000,
              },
            },
          ]
        : []),
    ],
  },
});
