import { z } from 'zod';

const flag = (fallback: '0' | '1') => z.enum(['0', '1', 'false', 'true']).default(fallback);
const ms = (min: number, fallback: number) => z.coerce.number().int().min(min).max(86_400_000).default(fallback);

/** The `OUTBOX_*` and `WEBHOOKS_*` variables; `config.ts` parses them with the rest of the environment. */
export const outboxEnvShape = {
  /** Whether this server runs the delivery worker (off: another instance delivers, or nobody yet). */
  OUTBOX_WORKER: flag('1'),
  OUTBOX_POLL_MS: ms(10, 1_000),
  /** The wait before the second attempt; each later one waits twice as long as the one before. */
  OUTBOX_RETRY_BASE_MS: ms(1, 30_000),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
  OUTBOX_TIMEOUT_MS: ms(10, 10_000),
  /** Lets webhooks call private, loopback and link-local addresses (a closed network, tests). */
  WEBHOOKS_ALLOW_PRIVATE: flag('0'),
};
type OutboxEnv = z.infer<z.ZodObject<typeof outboxEnvShape>>;

const on = (value: string) => value === '1' || value === 'true';

/** Tuning of the outbox's delivery worker; tests shorten the intervals. */
export interface OutboxSettings {
  readonly worker: boolean;
  readonly pollMs: number;
  readonly retryBaseMs: number;
  readonly maxAttempts: number;
  /** Each request is aborted after this long; a claimed delivery is leased for three times as long. */
  readonly timeoutMs: number;
}

/** The settings from already-parsed `OUTBOX_*` values. */
export function toOutboxSettings(e: OutboxEnv): OutboxSettings {
  return Object.freeze({
    worker: on(e.OUTBOX_WORKER),
    pollMs: e.OUTBOX_POLL_MS,
    retryBaseMs: e.OUTBOX_RETRY_BASE_MS,
    maxAttempts: e.OUTBOX_MAX_ATTEMPTS,
    timeoutMs: e.OUTBOX_TIMEOUT_MS,
  });
}

/** Whether webhooks may call private addresses (`WEBHOOKS_ALLOW_PRIVATE`), from already-parsed values. */
export function allowsPrivateWebhooks(e: OutboxEnv): boolean {
  return on(e.WEBHOOKS_ALLOW_PRIVATE);
}
