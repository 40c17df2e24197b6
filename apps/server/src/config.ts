import { join } from 'node:path';
import { DEFAULT_UPLOAD_LIMIT_BYTES } from '@pactesur/contracts';
import { z } from 'zod';
import { jobEnvShape, toJobSettings, type JobSettings } from './jobs/job-settings.ts';
import { allowsPrivateWebhooks, outboxEnvShape, toOutboxSettings, type OutboxSettings } from './outbox/outbox-settings.ts';
import { TrustProxy } from './http/client-address.ts';

const Port = z.coerce.number().int().min(0).max(65535);

/**
 * The environment, read once at start-up: every bad variable is reported together, and the result is frozen.
 * No `DATABASE_URL` means the embedded PGlite database; `NODE_ENV=production` requires one.
 */
const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: Port.default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATA_DIR: z.string().min(1).default('./.data'),
    /** Uploaded files; default `DATA_DIR/files`. Several server instances must share it (ADR 0016). */
    FILES_DIR: z.string().min(1).optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
    PUBLIC_URL: z.url().optional(),
    TRUST_PROXY: TrustProxy,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 7),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(512 * 1024 * 1024).default(1024 * 1024),
    UPLOAD_LIMIT_BYTES: z.coerce.number().int().min(1024).max(2 * 1024 * 1024 * 1024).default(DEFAULT_UPLOAD_LIMIT_BYTES),
    JOB_THREADS: z.coerce.number().int().min(1).max(64).default(2),
    WEB_DIST: z.string().optional(),
    ...jobEnvShape,
    ...outboxEnvShape,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production' });
    }
    // Links sent to people (invitations) are built from it, never from a request's Host header.
    if (env.NODE_ENV === 'production' && !env.PUBLIC_URL) ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'is required in production' });
  });

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  /** `memory` keeps the embedded database in memory (tests); otherwise a directory or a server URL. */
  readonly database:
    | { readonly kind: 'pglite'; readonly dataDir: string }
    | { readonly kind: 'postgres'; readonly url: string };
  /** Where uploaded files are kept (`FILES_DIR`, default `DATA_DIR/files`): see `files/file-store.ts`. */
  readonly filesDir: string;
  readonly redisUrl: string | null;
  readonly publicUrl: string | null;
  /** Reverse proxies whose `X-Forwarded-For` is believed (`TRUST_PROXY`: addresses and CIDRs); empty: none. */
  readonly trustProxy: readonly string[];
  readonly logLevel: string;
  readonly sessionTtlHours: number;
  readonly bodyLimitBytes: number;
  /** Largest OpenStreetMap extract an upload may send. */
  readonly uploadLimitBytes: number;
  readonly jobThreads: number;
  readonly webDist: string | null;
  /** Tuning of the background jobs (`JOB_*` variables). */
  readonly jobs: JobSettings;
  /** The delivery worker of the outbox (`OUTBOX_*` variables). */
  readonly outbox: OutboxSettings;
  /** Webhooks may call private, loopback and link-local addresses (`WEBHOOKS_ALLOW_PRIVATE=1`). */
  readonly webhooksAllowPrivate: boolean;
  /** Cookies get `Secure` when served over https. */
  readonly secureCookies: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment into a frozen `Config`, or throws a `ConfigError` listing every bad variable.
 *
 * @example
 * const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://127.0.0.1/pactesur' });
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  const e = parsed.data;
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? Object.freeze({ kind: 'postgres' as const, url: e.DATABASE_URL })
      : Object.freeze({ kind: 'pglite' as const, dataDir: e.DATA_DIR }),
    filesDir: e.FILES_DIR ?? join(e.DATA_DIR, 'files'),
    redisUrl: e.REDIS_URL ?? null,
    publicUrl: e.PUBLIC_URL ?? null,
    trustProxy: Object.freeze(e.TRUST_PROXY),
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    uploadLimitBytes: e.UPLOAD_LIMIT_BYTES,
    jobThreads: e.JOB_THREADS,
    webDist: e.WEB_DIST ?? null,
    jobs: toJobSettings(e),
    outbox: toOutboxSettings(e),
    webhooksAllowPrivate: allowsPrivateWebhooks(e),
    secureCookies: (e.PUBLIC_URL ?? '').startsWith('https://'),
  });
}
