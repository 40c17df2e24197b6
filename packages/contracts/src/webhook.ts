import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/**
 * The events a webhook may subscribe to. `webhook.ping` is sent on request to one webhook (to test the
 * receiver); `record.ready` and `record.failed` when an analysis, a simulation, a plan or an import ends.
 */
export const WEBHOOK_EVENTS = ['webhook.ping', 'record.ready', 'record.failed', 'alert.published'] as const;
export const WebhookEvent = z.enum(WEBHOOK_EVENTS);
export type WebhookEvent = z.infer<typeof WebhookEvent>;

/** A receiver of an organisation's events. The secret is never listed: it is shown once, at creation and on rotation. */
export const Webhook = z.object({
  id: Id,
  ownerOrgId: Id,
  url: z.string(),
  events: z.array(WebhookEvent),
  active: z.boolean(),
  description: z.string(),
  createdBy: Id.nullable(),
  createdAt: Timestamp,
});
export type Webhook = z.infer<typeof Webhook>;

/** A webhook as created or after rotating its secret: the only answers that carry the secret. */
export const WebhookWithSecret = Webhook.extend({ secret: z.string() });
export type WebhookWithSecret = z.infer<typeof WebhookWithSecret>;

/** The address is checked by the server (scheme, credentials, where it resolves), so its own error codes say why. */
const WebhookUrl = z.string().trim().min(1).max(2000);
const Events = z
  .array(WebhookEvent)
  .min(1)
  .max(WEBHOOK_EVENTS.length)
  .refine((events) => new Set(events).size === events.length, 'each event once');

export const CreateWebhook = z.strictObject({
  url: WebhookUrl,
  events: Events,
  active: z.boolean().default(true),
  description: z.string().trim().max(500).default(''),
});
export type CreateWebhook = z.infer<typeof CreateWebhook>;
export type CreateWebhookInput = z.input<typeof CreateWebhook>;

export const UpdateWebhook = z
  .strictObject({
    url: WebhookUrl,
    events: Events,
    active: z.boolean(),
    description: z.string().trim().max(500),
  })
  .partial()
  .refine((u) => Object.keys(u).length > 0, 'nothing to change');
export type UpdateWebhook = z.infer<typeof UpdateWebhook>;

export const DeliveryStatus = z.enum(['pending', 'delivered', 'failed']);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

/** One try to hand a message to a receiver: the HTTP status it answered, or why there was none. */
export const DeliveryAttempt = z.object({
  attempt: z.number().int(),
  at: Timestamp,
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
});
export type DeliveryAttempt = z.infer<typeof DeliveryAttempt>;

/** One message for one webhook, with every attempt so far (latest first). */
export const WebhookDelivery = z.object({
  id: Id,
  messageId: Id,
  webhookId: Id,
  event: z.string(),
  status: DeliveryStatus,
  attempts: z.number().int(),
  /** When the next attempt is due (pending only). */
  nextAttemptAt: Timestamp.nullable(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: Timestamp.nullable(),
  createdAt: Timestamp,
  history: z.array(DeliveryAttempt),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

/** `GET /api/webhooks/:id/deliveries`: latest first; `before` is the `next` of the previous page. */
export const WebhookDeliveryQuery = z.strictObject({
  before: Id.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type WebhookDeliveryQuery = z.infer<typeof WebhookDeliveryQuery>;
export type WebhookDeliveryQueryInput = z.input<typeof WebhookDeliveryQuery>;

export const WebhookDeliveryPage = z.object({ deliveries: z.array(WebhookDelivery), next: Id.nullable() });
export type WebhookDeliveryPage = z.infer<typeof WebhookDeliveryPage>;

/**
 * The JSON body every delivery POSTs. `id` names the message and stays the same on every retry (receivers
 * use it to drop duplicates). The request carries `pactesur-event`, `pactesur-delivery`, `pactesur-timestamp`
 * (Unix seconds) and `pactesur-signature: v1=<hex HMAC-SHA256 of "<timestamp>.<body>" keyed with the secret>`.
 */
export const WebhookEnvelope = z.object({
  id: Id,
  event: z.string(),
  organisationId: Id,
  createdAt: Timestamp,
  data: z.unknown(),
});
export type WebhookEnvelope = z.infer<typeof WebhookEnvelope>;
