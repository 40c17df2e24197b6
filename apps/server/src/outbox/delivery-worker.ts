import type { WebhookEnvelope } from '@pactesur/contracts';
import type { Logger } from '../logger.ts';
import type { ClaimedDelivery, DeliveryRepository, NextStep } from './delivery-repository.ts';
import type { Outbox } from './outbox.ts';
import type { OutboxSettings } from './outbox-settings.ts';
import { postJson } from './post-json.ts';
import { signDelivery } from './signature.ts';

/** Deliveries claimed per round; a full round is followed at once by another. */
const BATCH = 10;
/** No retry waits longer than a day, however many attempts are configured. */
const MAX_DELAY_MS = 86_400_000;

export interface DeliveryWorkerDeps {
  readonly deliveries: DeliveryRepository;
  readonly outbox: Outbox;
  readonly settings: OutboxSettings;
  readonly allowPrivate: boolean;
  readonly logger: Logger;
}

/**
 * The wait before attempt `attempt + 1`: the base, doubled after each attempt, plus up to a tenth more so
 * that the retries of many deliveries to a receiver that comes back do not arrive all at once.
 */
export function retryDelayMs(baseMs: number, attempt: number, random: () => number = Math.random): number {
  return Math.min(baseMs * 2 ** (attempt - 1), MAX_DELAY_MS) * (1 + random() / 10);
}

/** The request of one attempt: the message as JSON, signed with the webhook's current secret. */
export function deliveryRequest(claim: ClaimedDelivery, now: Date): { body: string; headers: Record<string, string> } {
  const envelope: WebhookEnvelope = {
    id: claim.messageId,
    event: claim.event,
    organisationId: claim.ownerOrgId,
    createdAt: claim.messageCreatedAt.toISOString(),
    data: claim.payload,
  };
  const body = JSON.stringify(envelope);
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Pactesur-Webhooks/1',
      'pactesur-event': claim.event,
      'pactesur-delivery': claim.id,
      'pactesur-timestamp': timestamp,
      'pactesur-signature': signDelivery(claim.secret, timestamp, body),
    },
  };
}

/**
 * Sends the outbox's due deliveries: polls every `pollMs`, and at once when this process enqueues a
 * message. Each round claims a batch (safe with several servers, see `DeliveryRepository.claimDue`), sends
 * them side by side and records every attempt: a 2xx is delivered, anything else is retried with
 * exponential backoff until `maxAttempts`, then failed.
 */
export class DeliveryWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly deps: DeliveryWorkerDeps) {}

  start(): void {
    if (this.timer) return;
    this.unsubscribe = this.deps.outbox.onEnqueue(() => this.wake());
    this.timer = setInterval(() => this.wake(), this.deps.settings.pollMs);
    this.timer.unref();
    this.wake();
  }

  /** Runs a round now, or right after the one under way (which may have looked before a commit). */
  wake(): void {
    if (!this.timer) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.rounds().finally(() => {
      this.running = null;
    });
  }

  /** Stops polling and waits for the attempts under way to be recorded. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    await this.running;
  }

  private async rounds(): Promise<void> {
    do {
      this.again = false;
      try {
        if ((await this.deliverDue()) === BATCH) this.again = true;
      } catch (error) {
        this.deps.logger.error({ err: error }, 'outbox delivery round failed');
      }
    } while (this.again && this.timer);
  }

  /** One round: claims due deliveries, sends them and records the outcomes; returns how many were claimed. */
  async deliverDue(): Promise<number> {
    const { settings } = this.deps;
    const claimed = await this.deps.deliveries.claimDue(BATCH, settings.timeoutMs * 3);
    await Promise.all(claimed.map((claim) => this.deliver(claim)));
    return claimed.length;
  }

  private async deliver(claim: ClaimedDelivery): Promise<void> {
    const { deliveries, settings, allowPrivate, logger } = this.deps;
    // A ping is sent even to a switched-off webhook (to try a receiver before turning it on); nothing else is.
    if (!claim.active && claim.event !== 'webhook.ping') {
      await deliveries.abandon(claim, 'the webhook is switched off');
      return;
    }
    const { body, headers } = deliveryRequest(claim, new Date());
    const outcome = await postJson(claim.url, body, headers, { timeoutMs: settings.timeoutMs, allowPrivate });
    const next: NextStep =
      outcome.error === null
        ? { kind: 'delivered' }
        : claim.attempt >= settings.maxAttempts
          ? { kind: 'failed' }
          : { kind: 'retry', delayMs: retryDelayMs(settings.retryBaseMs, claim.attempt) };
    await deliveries.recordAttempt(claim, outcome, next);
    logger.info(
      { delivery: claim.id, webhook: claim.webhookId, event: claim.event, attempt: claim.attempt, status: outcome.statusCode, next: next.kind },
      outcome.error === null ? 'webhook delivered' : `webhook attempt failed: ${outcome.error}`,
    );
  }
}
