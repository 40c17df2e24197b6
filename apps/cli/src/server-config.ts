import type { Config } from '@pactesur/server';
import { repositoryPath } from '@pactesur/server/runtime';
import { CliError } from './cli-error.ts';

/** The built web app, served by `pactesur serve` unless WEB_DIST says otherwise. */
export const DEFAULT_WEB_DIST = repositoryPath('apps', 'web', 'dist');

/**
 * The server configuration from the environment, overridden by the flags given; a bad value of either
 * becomes one CLI error listing every problem.
 */
export async function configFrom(overrides: Record<string, string | number | undefined>): Promise<Config> {
  const { ConfigError, loadConfig } = await import('@pactesur/server');
  const env: Record<string, string | undefined> = { ...process.env };
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) env[key] = String(value);
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, 2);
    throw error;
  }
}
