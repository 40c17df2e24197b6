import type {
  CreateWebhook,
  UpdateWebhook,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookDeliveryQuery,
  WebhookWithSecret,
} from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import type { OutboxSystem } from '../outbox/index.ts';
import { newWebhookSecret } from '../outbox/signature.ts';
import { checkWebhookUrl } from '../outbox/url-safety.ts';
import type { AccessService } from './access-service.ts';
import { requireRole, type Actor, type OrgActor } from './actor.ts';

const KIND = 'webhook';

/**
 * An organisation's webhooks: its admins add receivers of its events, switch them on and off, rotate
 * their secrets, ping them and read what was delivered. Another organisation's webhook is not found. Every
 * read and change is audited; an address is checked (scheme, credentials, where it resolves) whenever it is set.
 */
export class WebhookService {
  constructor(
    private readonly access: AccessService,
    private readonly outbox: Pick<OutboxSystem, 'webhooks' | 'deliveries' | 'allowPrivate'>,
  ) {}

  async list(actor: Actor): Promise<Webhook[]> {
    const admin = requireRole(actor, 'admin');
    const list = await this.outbox.webhooks.list(admin.orgId);
    await this.access.audit(actor, 'read', { kind: KIND, ownerOrgId: admin.orgId, detail: `list of ${list.length}` });
    return list;
  }

  async get(actor: Actor, id: string): Promise<Webhook> {
    const webhook = await this.own(actor, id);
    await this.access.audit(actor, 'read', { kind: KIND, recordId: id, ownerOrgId: webhook.ownerOrgId });
    return webhook;
  }

  /** The answer carries the secret: the only time it is shown, with the rotation's. */
  async create(actor: Actor, input: CreateWebhook): Promise<WebhookWithSecret> {
    const admin = requireRole(actor, 'admin');
    await this.checkUrl(input.url);
    const secret = newWebhookSecret();
    const webhook = await this.outbox.webhooks.create(admin.orgId, admin.userId, input, secret);
    await this.access.audit(actor, 'create', { kind: KIND, recordId: webhook.id, ownerOrgId: admin.orgId, detail: new URL(webhook.url).host });
    return { ...webhook, secret };
  }

  async update(actor: Actor, id: string, input: UpdateWebhook): Promise<Webhook> {
    const webhook = await this.own(actor, id);
    if (input.url !== undefined) await this.checkUrl(input.url);
    await this.outbox.webhooks.update(id, input);
    await this.access.audit(actor, 'update', { kind: KIND, recordId: id, ownerOrgId: webhook.ownerOrgId, detail: Object.keys(input).join(',') });
    return this.found(id);
  }

  /** A new secret at once: the old one no longer signs anything, pending deliveries included. */
  async rotateSecret(actor: Actor, id: string): Promise<WebhookWithSecret> {
    const webhook = await this.own(actor, id);
    const secret = newWebhookSecret();
    await this.outbox.webhooks.setSecret(id, secret);
    await this.access.audit(actor, 'update', { kind: KIND, recordId: id, ownerOrgId: webhook.ownerOrgId, detail: 'secret' });
    return { ...webhook, secret };
  }

  async delete(actor: Actor, id: string): Promise<void> {
    const webhook = await this.own(actor, id);
    await this.outbox.webhooks.delete(id);
    await this.access.audit(actor, 'delete', { kind: KIND, recordId: id, ownerOrgId: webhook.ownerOrgId });
  }

  /**
   * Sends `webhook.ping` to this webhook (even a switched-off one, to try a receiver first). The message and
   * the audit entry that records the request are written in one transaction; the answer is the pending delivery.
   */
  async ping(actor: Actor, id: string): Promise<WebhookDelivery> {
    const webhook = await this.own(actor, id);
    const { deliveryIds } = await this.outbox.webhooks.ping(webhook, {
      user_id: actor.userId,
      user_email: actor.email,
      actor_org_id: actor.orgId,
      owner_org_id: webhook.ownerOrgId,
      action: 'export',
      record_kind: KIND,
      record_id: id,
      client_address: actor.clientAddress,
      detail: 'ping',
    });
    const delivery = deliveryIds[0] === undefined ? undefined : await this.outbox.deliveries.find(deliveryIds[0]);
    if (!delivery) throw new Error('the ping of a webhook made no delivery');
    return delivery;
  }

  /** What was sent to the webhook, latest first, with every attempt. */
  async deliveries(actor: Actor, id: string, query: WebhookDeliveryQuery): Promise<WebhookDeliveryPage> {
    const webhook = await this.own(actor, id);
    const page = await this.outbox.deliveries.listForWebhook(id, query);
    await this.access.audit(actor, 'read', { kind: 'webhook-delivery', recordId: id, ownerOrgId: webhook.ownerOrgId, detail: `list of ${page.deliveries.length}` });
    return page;
  }

  /** The webhook when it belongs to the admin's organisation; anyone else's is not found (and the attempt audited). */
  private async own(actor: Actor, id: string): Promise<Webhook> {
    const admin: OrgActor = requireRole(actor, 'admin');
    const webhook = await this.outbox.webhooks.find(id);
    if (!webhook) throw new AppError('not_found');
    if (webhook.ownerOrgId !== admin.orgId) {
      await this.access.audit(actor, 'access-denied', { kind: KIND, recordId: id, ownerOrgId: webhook.ownerOrgId, detail: 'needed edit' });
      throw new AppError('not_found');
    }
    return webhook;
  }

  private async found(id: string): Promise<Webhook> {
    const webhook = await this.outbox.webhooks.find(id);
    if (!webhook) throw new AppError('not_found');
    return webhook;
  }

  private async checkUrl(raw: string): Promise<void> {
    const checked = await checkWebhookUrl(raw, this.outbox.allowPrivate);
    if (checked instanceof URL) return;
    const code = checked.kind === 'invalid' ? 'webhook_url_invalid' : checked.kind === 'private' ? 'webhook_url_private' : 'webhook_host_unknown';
    throw new AppError(code, undefined, { reason: checked.reason });
  }
}
