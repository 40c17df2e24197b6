import { randomUUID } from 'node:crypto';
import { cellBroadcastPages, PACTESUR_PROFILE_CODE, writeCap, type CapReference } from '@pactesur/cap';
import { validateCap } from '@pactesur/cap/node';
import {
  AlertDraftContent,
  CapMsgTypeValue,
  CapScopeValue,
  CapStatusValue,
  type Access,
  type Alert,
  type AlertFinding,
  type AlertPreview,
  type AlertState,
  type AlertSummary,
  type AlertTemplatePresets,
  type CreateAlert,
  type ListAlertsQuery,
  type UpdateAlertDraft,
} from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import { recordChannel } from '../../realtime/channels.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor, type OrgActor } from '../../services/actor.ts';
import type { ModuleDeps } from '../module.ts';
import { alertTemplates } from './alert-templates.ts';
import {
  capAlertOf,
  capDate,
  euAlertRequestOf,
  expiresOf,
  identifierOf,
  referenceOf,
  senderOf,
  type MessageParts,
} from '../../exports/cap-message.ts';
import type { AlertRepository, AlertRow } from './alert-repository.ts';
import { alertsFeed, alertsGeoJson, type FeedOrg } from './alert-feed.ts';
import { RecentResults } from './recent-results.ts';

/** What the outside world sees of an alert: its message, if it is one the public may read. */
export interface PublicMessage {
  readonly xml: string;
  readonly identifier: string;
}

/** The national authority the EU-Alert hand-off is addressed to, by country (the organisation's). */
const EU_ALERT_AUTHORITY = 'the national EU-Alert authority (in France: the prefect, for FR-Alert)';

/**
 * Public alerts (ALERTS.md). A draft is composed by one person and approved by another (four eyes); only
 * then is its CAP message written, once, with the time it was sent. An Update or a Cancel is a message of
 * its own in its first alert's episode and references every earlier message of it still in force; once
 * published, it marks those `superseded` or `cancelled`. A Public Actual message is public at a stable
 * address and in the organisation's Atom feed; a Restricted one goes to the partner organisations named
 * (shared with them for reading, and they acknowledge it); an Exercise goes to its participants only,
 * marked as an exercise, never to a public channel. Every step is in the alert's history and audited.
 */
export class AlertService {
  constructor(
    private readonly alerts: AlertRepository,
    private readonly access: AccessService,
    private readonly live: ModuleDeps['live'],
    private readonly outbox: ModuleDeps['outbox'],
    private readonly publicUrl: string,
  ) {}

  /**
   * Findings of messages checked in the last minute: the XSD layer runs xmllint in a worker (about half a
   * second), and a page reads the same message again and again (a published one never changes).
   */
  private readonly checked = new RecentResults<AlertFinding[]>(500, 60_000);

  templates(actor: Actor): AlertTemplatePresets[] {
    requireRole(actor, 'viewer');
    return alertTemplates();
  }

  async list(actor: Actor, query: ListAlertsQuery): Promise<AlertSummary[]> {
    const now = new Date();
    const visible = await this.access.listVisible(actor, 'alert', (orgId, ids) =>
      this.alerts.listVisible(orgId, ids, { episodeId: query.episodeId }),
    );
    return visible
      .map(({ row, access }) => summaryOf(row, access, now))
      .filter((a) => !query.state || a.state === query.state);
  }

  async get(actor: Actor, id: string): Promise<Alert> {
    const { access } = await this.access.read(actor, 'alert', id);
    return this.view(await this.row(id), access);
  }

  /** The message a draft would be, checked as a whole (XSD, CAP's rules, the city's profile); nothing is stored. */
  async preview(actor: Actor, content: AlertDraftContent): Promise<AlertPreview> {
    const viewer = requireRole(actor, 'viewer');
    const org = await this.org(viewer.orgId);
    const id = randomUUID();
    const parts: MessageParts = {
      identifier: identifierOf(org.slug, id),
      sender: senderOf(org.slug),
      sent: new Date(),
      msgType: 'Alert',
      references: [],
      content,
    };
    const xml = writeCap(capAlertOf(parts));
    return { xml, findings: await this.check(xml, []), pages: pagesOf(content) };
  }

  async create(actor: Actor, input: CreateAlert): Promise<Alert> {
    const editor = requireRole(actor, 'editor');
    const org = await this.org(editor.orgId);
    const id = randomUUID();
    const authorName = await this.alerts.userName(editor.userId);
    await this.access.inTransaction(async (trx) => {
      await this.alerts.insert(
        {
          id,
          ownerOrgId: editor.orgId,
          episodeId: id,
          identifier: identifierOf(org.slug, id),
          msgType: 'Alert',
          status: input.content.status,
          scope: input.content.scope,
          siteId: input.content.siteId,
          content: input.content,
          references: [],
          expiresAt: expiresOf(input.content),
          authorId: editor.userId,
          authorName,
        },
        trx,
      );
      await this.alerts.addEvent(
        id,
        { byName: authorName, action: 'created', detail: input.content.template ?? '' },
        trx,
      );
      await this.access.audit(
        actor,
        'create',
        { kind: 'alert', recordId: id, ownerOrgId: editor.orgId },
        trx,
      );
    });
    return this.view(await this.row(id), 'owner');
  }

  /** Saves a draft as it is composed; `revision` refuses a save made on an older one. */
  async update(actor: Actor, id: string, input: UpdateAlertDraft): Promise<Alert> {
    const { access, ownerOrgId } = await this.access.require(actor, 'alert', id, 'edit');
    const row = await this.row(id);
    if (row.state !== 'draft')
      throw new AppError('conflict', 'Only a draft is edited: this alert was submitted or published.');
    const byName = await this.alerts.userName(actor.userId);
    await this.access.inTransaction(async (trx) => {
      const saved = await this.alerts.saveDraft(
        id,
        {
          content: input.content,
          status: input.content.status,
          scope: input.content.scope,
          siteId: input.content.siteId,
          expiresAt: expiresOf(input.content),
        },
        input.revision,
        trx,
      );
      if (!saved)
        throw new AppError(
          'conflict',
          'Someone else saved this alert since you opened it: reload it to see their changes.',
        );
      await this.alerts.addEvent(id, { byName, action: 'edited' }, trx);
      await this.access.audit(
        actor,
        'update',
        { kind: 'alert', recordId: id, ownerOrgId, detail: 'draft' },
        trx,
      );
    });
    return this.changed(id, access, 'edited');
  }

  /** A draft or a message waiting for approval is deleted by its owner; a published one stays (it was sent). */
  async delete(actor: Actor, id: string): Promise<void> {
    const ownerOrgId = await this.access.requireOwner(actor, 'alert', id, 'delete');
    const row = await this.row(id);
    if (row.state !== 'draft' && row.state !== 'pending')
      throw new AppError('conflict', 'A published alert is never deleted: cancel it instead.');
    await this.access.deleteRecord(actor, 'alert', id, ownerOrgId, (trx) => this.alerts.delete(id, trx));
    await this.live.publish(recordChannel('alert', id), { change: 'deleted' });
  }

  /** Draft → waiting for approval, once its message has no error. */
  async submit(actor: Actor, id: string): Promise<Alert> {
    const { access, ownerOrgId } = await this.access.require(actor, 'alert', id, 'edit');
    const row = await this.row(id);
    if (row.state !== 'draft') throw new AppError('conflict', 'Only a draft is submitted for approval.');
    const errors = (await this.findingsOf(row, new Date())).filter((f) => f.level === 'error');
    if (errors.length > 0) throw new AppError('alert_invalid', undefined, errors);
    await this.transition(actor, row, ownerOrgId, 'draft', 'pending', 'submitted');
    return this.changed(id, access, 'submitted');
  }

  /** Waiting for approval → draft again, with the approver's reason. */
  async reject(actor: Actor, id: string, reason: string): Promise<Alert> {
    const { ownerOrgId } = await this.approverOf(actor, id);
    const row = await this.row(id);
    await this.transition(actor, row, ownerOrgId, 'pending', 'draft', 'rejected', reason);
    return this.changed(id, 'owner', 'rejected');
  }

  /**
   * Publishes a message waiting for approval, approved by an editor of the owner who is not its author. In
   * one transaction: the message written with the time it is sent and the references of its episode, the
   * earlier messages it updates or cancels marked so, its history, the audit entry, and what the outbox
   * sends to the organisation's webhooks. Then the partners a Restricted alert or an exercise goes to get it.
   */
  async approve(actor: Actor, id: string): Promise<Alert> {
    const { approver, ownerOrgId } = await this.approverOf(actor, id);
    const row = await this.row(id);
    if (row.state !== 'pending')
      throw new AppError('conflict', 'Only an alert waiting for approval is approved.');
    if (row.authorId === approver.userId) throw new AppError('approval_by_author');
    const sent = new Date();
    const org = await this.org(ownerOrgId);
    const earlier = await this.inForce(row.episodeId, sent, row.id);
    const references =
      row.msgType === 'Alert'
        ? []
        : earlier.map((e) => referenceOf(senderOf(org.slug), e.identifier, e.sent as Date));
    const content = contentOf(row);
    const xml = writeCap(
      capAlertOf({
        identifier: row.identifier,
        sender: senderOf(org.slug),
        sent,
        msgType: msgTypeOf(row),
        references,
        content,
      }),
    );
    const errors = (await this.check(xml, referencesOf(earlier, org.slug))).filter(
      (f) => f.level === 'error',
    );
    if (errors.length > 0) throw new AppError('alert_invalid', undefined, errors);
    const approverName = await this.alerts.userName(approver.userId);
    const followed = row.msgType === 'Cancel' ? 'cancelled' : 'superseded';
    await this.access.inTransaction(async (trx) => {
      if (
        !(await this.alerts.publish(
          id,
          { xml, sent, references, approverId: approver.userId, approverName },
          trx,
        ))
      ) {
        throw new AppError('conflict', 'Someone else approved or rejected this alert first.');
      }
      await this.alerts.addEvent(id, { byName: approverName, action: 'approved' }, trx);
      await this.alerts.addEvent(
        id,
        { byName: approverName, action: 'published', detail: `${row.msgType} ${row.identifier}` },
        trx,
      );
      for (const e of earlier) {
        if (e.state !== 'published' || row.msgType === 'Alert') continue;
        await this.alerts.move(e.id, 'published', followed, trx);
        await this.alerts.addEvent(
          e.id,
          { byName: approverName, action: followed, detail: `by ${row.identifier}` },
          trx,
        );
      }
      await this.access.audit(
        actor,
        'update',
        { kind: 'alert', recordId: id, ownerOrgId, detail: `approved and published (${row.msgType})` },
        trx,
      );
      if (content.status !== 'Exercise') {
        await this.outbox.enqueue(trx, {
          ownerOrgId,
          event: 'alert.published',
          payload: {
            id,
            identifier: row.identifier,
            msgType: row.msgType,
            status: content.status,
            scope: content.scope,
            sent: capDate(sent),
            url: this.publicLink(row, content),
          },
        });
      }
    });
    // Partners a Restricted alert is for, or an exercise's participants: each gets it to read.
    if (content.scope === 'Restricted' || content.status === 'Exercise') {
      for (const orgId of content.recipientOrgIds)
        if (orgId !== ownerOrgId)
          await this.access.share(actor, 'alert', id, orgId, 'read').catch(() => undefined);
    }
    for (const e of earlier)
      await this.live.publish(recordChannel('alert', e.id), {
        change: 'updated',
        fields: ['state'],
        at: new Date().toISOString(),
      });
    return this.changed(id, 'owner', 'published');
  }

  /** A new draft of the episode: an Update or a Cancel of what was published, with its content to start from. */
  async follow(actor: Actor, id: string, msgType: 'Update' | 'Cancel'): Promise<Alert> {
    const ownerOrgId = await this.access.requireOwner(actor, 'alert', id, 'version');
    const editor = requireRole(actor, 'editor');
    const row = await this.row(id);
    if (row.xml === null) throw new AppError('conflict', 'Only a published alert is updated or cancelled.');
    const org = await this.org(ownerOrgId);
    const earlier = await this.inForce(row.episodeId, new Date());
    if (earlier.length === 0)
      throw new AppError(
        'conflict',
        'Nothing of this alert is still in force: its messages expired or were cancelled.',
      );
    const newId = randomUUID();
    const authorName = await this.alerts.userName(editor.userId);
    const content = contentOf(row);
    await this.access.inTransaction(async (trx) => {
      await this.alerts.insert(
        {
          id: newId,
          ownerOrgId,
          episodeId: row.episodeId,
          identifier: identifierOf(org.slug, newId),
          msgType,
          status: content.status,
          scope: content.scope,
          siteId: content.siteId,
          content,
          references: earlier.map((e) => referenceOf(senderOf(org.slug), e.identifier, e.sent as Date)),
          expiresAt: expiresOf(content),
          authorId: editor.userId,
          authorName,
        },
        trx,
      );
      await this.alerts.addEvent(
        newId,
        { byName: authorName, action: 'created', detail: `${msgType} of ${row.identifier}` },
        trx,
      );
      await this.access.audit(
        actor,
        'create',
        { kind: 'alert', recordId: newId, ownerOrgId, detail: `${msgType} of ${id}` },
        trx,
      );
    });
    return this.view(await this.row(newId), 'owner');
  }

  /** A partner organisation acknowledges a Restricted alert sent to it: a CAP Ack referencing it. */
  async acknowledge(actor: Actor, id: string): Promise<Alert> {
    const { access, ownerOrgId } = await this.access.read(actor, 'alert', id);
    const reader = requireRole(actor, 'editor');
    const row = await this.row(id);
    if (access === 'owner')
      throw new AppError('conflict', 'The organisation that sent an alert does not acknowledge it.');
    if (row.scope !== 'Restricted' || row.xml === null || row.sent === null)
      throw new AppError('conflict', 'Only a published Restricted alert is acknowledged.');
    const [partner, owner] = [await this.org(reader.orgId), await this.org(ownerOrgId)];
    const byName = await this.alerts.userName(reader.userId);
    const ackId = randomUUID();
    const content = contentOf(row);
    const xml = writeCap({
      ...capAlertOf({
        identifier: identifierOf(partner.slug, ackId),
        sender: senderOf(partner.slug),
        sent: new Date(),
        msgType: 'Ack',
        references: [referenceOf(senderOf(owner.slug), row.identifier, row.sent)],
        content,
      }),
      scope: 'Restricted',
      restriction: `Acknowledgement for ${owner.name}.`,
      infos: [],
    });
    await this.access.inTransaction(async (trx) => {
      if (
        !(await this.alerts.addAck(
          { alertId: id, orgId: reader.orgId, byName, identifier: identifierOf(partner.slug, ackId), xml },
          trx,
        ))
      ) {
        throw new AppError('conflict', 'Your organisation has already acknowledged this alert.');
      }
      await this.alerts.addEvent(id, { byName, action: 'acknowledged', detail: partner.name }, trx);
      await this.access.audit(
        actor,
        'update',
        { kind: 'alert', recordId: id, ownerOrgId, detail: `acknowledged by ${partner.slug}` },
        trx,
      );
    });
    await this.live.publish(recordChannel('alert', id), {
      change: 'updated',
      fields: ['acks'],
      at: new Date().toISOString(),
    });
    return this.view(await this.row(id), access);
  }

  /** The CAP message of an alert for its readers (a draft's as it would be now), or the EU-Alert hand-off. */
  async xml(
    actor: Actor,
    id: string,
    which: 'message' | 'eu-alert',
  ): Promise<{ xml: string; identifier: string }> {
    const { ownerOrgId } = await this.access.read(actor, 'alert', id);
    const row = await this.row(id);
    await this.access.audit(actor, 'export', { kind: 'alert', recordId: id, ownerOrgId, detail: which });
    if (which === 'message') return { xml: row.xml ?? this.draftXml(row), identifier: row.identifier };
    const org = await this.org(ownerOrgId);
    const parts = this.partsOf(row, org.slug);
    return {
      xml: writeCap(euAlertRequestOf(parts, EU_ALERT_AUTHORITY)),
      identifier: `${row.identifier}.eu-alert`,
    };
  }

  /** A published Public Actual message, at its stable public address (also once superseded, cancelled or expired). */
  async publicMessage(id: string): Promise<PublicMessage> {
    const row = await this.alerts.find(id);
    if (!row || !row.xml || !isPublic(row)) throw new AppError('not_found');
    return { xml: row.xml, identifier: row.identifier };
  }

  /** An organisation's public Atom feed: its Public Actual messages in force, each linking its CAP message. */
  async publicFeed(slug: string): Promise<string> {
    const { org, rows } = await this.publicRows(slug);
    return alertsFeed(org, rows, this.publicUrl);
  }

  async publicGeoJson(slug: string): Promise<object> {
    const { org, rows } = await this.publicRows(slug);
    return alertsGeoJson(org, rows, this.publicUrl);
  }

  private async publicRows(slug: string): Promise<{ org: FeedOrg; rows: AlertRow[] }> {
    const org = await this.alerts.orgBySlug(slug);
    if (!org) throw new AppError('not_found');
    return { org, rows: (await this.alerts.current(org.id, new Date())).filter(isPublic) };
  }

  private publicLink(row: AlertRow, content: AlertDraftContent): string | null {
    return content.status === 'Actual' && content.scope === 'Public'
      ? `${this.publicUrl}/api/alerts/public/cap/${row.id}.xml`
      : null;
  }

  private async transition(
    actor: Actor,
    row: AlertRow,
    ownerOrgId: string,
    from: AlertState,
    to: AlertState,
    action: 'submitted' | 'rejected',
    detail = '',
  ): Promise<void> {
    const byName = await this.alerts.userName(actor.userId);
    await this.access.inTransaction(async (trx) => {
      if (!(await this.alerts.move(row.id, from, to, trx)))
        throw new AppError('conflict', 'This alert changed in the meantime: reload it.');
      await this.alerts.addEvent(row.id, { byName, action, detail }, trx);
      await this.access.audit(
        actor,
        'update',
        {
          kind: 'alert',
          recordId: row.id,
          ownerOrgId,
          detail: `${action}${detail ? `: ${detail}` : ''}`.slice(0, 500),
        },
        trx,
      );
    });
  }

  /** An editor of the owner organisation (approving and rejecting are the owner's). */
  private async approverOf(actor: Actor, id: string): Promise<{ approver: OrgActor; ownerOrgId: string }> {
    const ownerOrgId = await this.access.requireOwner(actor, 'alert', id, 'version');
    return { approver: requireRole(actor, 'editor'), ownerOrgId };
  }

  /** The published messages of an episode still in force at `now`, oldest first (what an Update or a Cancel references). */
  private async inForce(episodeId: string, now: Date, except: string | null = null): Promise<AlertRow[]> {
    return (await this.alerts.episode(episodeId)).filter(
      (e) =>
        e.id !== except &&
        e.xml !== null &&
        e.sent !== null &&
        e.state !== 'cancelled' &&
        (e.expiresAt === null || e.expiresAt > now),
    );
  }

  private partsOf(row: AlertRow, slug: string): MessageParts {
    return {
      identifier: row.identifier,
      sender: senderOf(slug),
      sent: row.sent ?? new Date(),
      msgType: msgTypeOf(row),
      references: row.references,
      content: contentOf(row),
    };
  }

  private draftXml(row: AlertRow): string {
    return writeCap(capAlertOf(this.partsOf(row, row.ownerOrgSlug)));
  }

  private async findingsOf(row: AlertRow, now: Date): Promise<AlertFinding[]> {
    const org = await this.org(row.ownerOrgId);
    const xml = row.xml ?? this.draftXml(row);
    const episode =
      row.xml === null && row.msgType !== 'Alert'
        ? referencesOf(await this.inForce(row.episodeId, now, row.id), org.slug)
        : [];
    return this.check(xml, episode);
  }

  /**
   * The findings of a message: XSD, CAP's rules, and the city profile — one info per language, the same facts
   * in each. The organisation's languages are the composer's default, not a set every alert must have: a
   * city may warn in the two languages an event's public reads (ADR 0021).
   */
  private check(xml: string, episode: readonly CapReference[]): Promise<AlertFinding[]> {
    const key = `${episode.map((r) => `${r.identifier},${r.sent}`).join(' ')}\n${xml}`;
    return this.checked.get(key, async () => {
      const result = await validateCap(xml, {
        now: new Date(),
        profile: { code: PACTESUR_PROFILE_CODE, languages: [] },
        episode,
      });
      return result.findings.map((f) => ({ code: f.code, level: f.level, path: f.path, message: f.message }));
    });
  }

  private async org(id: string): Promise<{ id: string; name: string; slug: string; languages: string[] }> {
    const org = await this.alerts.org(id);
    if (!org) throw new AppError('not_found');
    return org;
  }

  private async row(id: string): Promise<AlertRow> {
    const row = await this.alerts.find(id);
    if (!row) throw new AppError('not_found');
    return row;
  }

  private async changed(id: string, access: Access, change: string): Promise<Alert> {
    const row = await this.row(id);
    await this.live.publish(recordChannel('alert', id), {
      change: 'updated',
      fields: [change],
      revision: row.revision,
      at: row.updatedAt.toISOString(),
    });
    return this.view(row, access);
  }

  private async view(row: AlertRow, access: Access): Promise<Alert> {
    const now = new Date();
    const content = contentOf(row);
    return {
      ...summaryOf(row, access, now),
      revision: row.revision,
      content,
      references: row.references,
      xml: row.xml ?? this.draftXml(row),
      findings: await this.findingsOf(row, now),
      pages: pagesOf(content),
      history: await this.alerts.history(row.id),
      acks: await this.alerts.acks(row.id),
      publicUrl: row.xml !== null && isPublic(row) ? this.publicLink(row, content) : null,
    };
  }
}

function contentOf(row: AlertRow): AlertDraftContent {
  return AlertDraftContent.parse(row.content);
}

const msgTypeOf = (row: AlertRow): MessageParts['msgType'] =>
  CapMsgTypeValue.catch('Alert').parse(row.msgType);

const isPublic = (row: AlertRow): boolean => row.status === 'Actual' && row.scope === 'Public';

/** The state shown: a published message whose time is past has expired. */
function stateOf(row: AlertRow, now: Date): AlertState {
  if (row.state === 'published' && row.expiresAt !== null && row.expiresAt <= now) return 'expired';
  return row.state as AlertState;
}

function referencesOf(rows: readonly AlertRow[], slug: string): CapReference[] {
  return rows.map((e) => ({
    sender: senderOf(slug),
    identifier: e.identifier,
    sent: capDate(e.sent as Date),
  }));
}

function pagesOf(content: AlertDraftContent): Alert['pages'] {
  return content.infos.map((i) => {
    const p = cellBroadcastPages(i.instruction);
    return { language: i.language, encoding: p.encoding, units: p.units, pages: p.pages, fits: p.fits };
  });
}

function summaryOf(row: AlertRow, access: Access, now: Date): AlertSummary {
  const content = contentOf(row);
  const first = content.infos[0];
  return {
    id: row.id,
    ownerOrgId: row.ownerOrgId,
    ownerOrgName: row.ownerOrgName,
    episodeId: row.episodeId,
    identifier: row.identifier,
    msgType: msgTypeOf(row),
    state: stateOf(row, now),
    status: CapStatusValue.catch('Actual').parse(row.status),
    scope: CapScopeValue.catch('Public').parse(row.scope),
    headline: first?.headline ?? '',
    event: first?.event ?? '',
    severity: first?.severity ?? '',
    urgency: first?.urgency ?? '',
    languages: content.infos.map((i) => i.language),
    siteId: row.siteId,
    authorId: row.authorId,
    authorName: row.authorName,
    approverName: row.approverName,
    sent: row.sent?.toISOString() ?? null,
    expires: row.expiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    access,
  };
}
