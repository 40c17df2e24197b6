// Type-aware lint for the whole monorepo. Domain packages may not do I/O: see `pureCore` below.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Modules a pure domain package must never import (ARCHITECTURE.md, invariant "the core does no I/O"). */
const ioModules = [
  'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'net', 'node:net', 'http', 'node:http', 'https',
  'node:https', 'child_process', 'node:child_process', 'pg', 'kysely', '@electric-sql/pglite', 'hono',
  'ioredis', 'bullmq', 'maplibre-gl', 'react', 'react-dom',
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.types/**', '**/.data/**', 'bench/results/**', '.scratch/**', '.vitest/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['apps/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['apps/cli/**', 'scripts/**', 'bench/**', '**/*.test.ts', '**/*.bench.ts', '**/test/**', '**/e2e/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Pure cores: no I/O in domain packages (tests and benches beside them may read fixtures).
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.bench.ts', 'packages/api-client/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ioModules.map((name) => ({ name, message: 'Domain packages do no I/O.' })) }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Domain packages do no I/O.' }, { name: 'document', message: 'No DOM in domain packages.' }],
    },
  },
);
