import {
  MAX_ATTACHMENTS,
  PracticeContent,
  type CreatePracticeInput,
  type Practice,
  type PracticeResults,
  type PracticeSearch,
  type PracticeStep,
  ROLE_RANK,
} from '@pactesur/contracts';
import { indexTextsOf, languagesOf, unmetCriteria } from '@pactesur/knowledge';
import { AppError } from '../../errors/app-error.ts';
import type { PhotoFile } from '../../files/photo-metadata.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import type { PracticeAttachmentRepository } from './practice-attachment-repository.ts';
import { documentOf } from './practice-document.ts';
import type { PracticeColumns, PracticeRepository, PracticeRow } from './practice-repository.ts';
import type { PracticeSearchRepository } from './practice-search-repository.ts';
import type { SavedSearchService } from './saved-search-service.ts';
import type { NotificationService } from '../../services/notification-service.ts';
import type { NewNotification } from '../../repositories/notifications.ts';

/** The columns a practice's facets and visibility are read from. */
function columnsOf(content: PracticeContent): PracticeColumns {
  return {
    confidentiality: content.confidentiality,
    restrictedTo: content.confidentiality === 'restricted' ? content.restrictedTo : [],
    country: content.country,
    year: content.startedOn ? Number(content.startedOn.slice(0, 4)) : null,
    threats: content.threats,
    places: content.placeTypes,
    functions: content.functions,
    solutions: content.solutionTypes,
    evaluation: content.evaluation,
    cost: content.costBand,
    languages: languagesOf(content),
  };
}

/** The content with each linked record named once. */
function withUniqueLinks(content: PracticeContent): PracticeContent {
  const once = <T>(items: readonly T[], key: (x: T) => string) => [...new Map(items.map((x) => [key(x), x])).values()];
  const l = content.links;
  return {
    ...content,
    links: {
      siteIds: once(l.siteIds, String),
      eventIds: once(l.eventIds, String),
      exerciseActions: once(l.exerciseActions, (a) => `${a.exerciseId}/${a.actionId}`),
      practiceIds: once(l.practiceIds, String),
    },
  };
}

/**
 * Promising practices (KNOWLEDGE.md). An organisation's editors write its practices as drafts; submitted,
 * a practice is reviewed by the editors of a reviewing organisation (lead, consortium, expert committee)
 * of one of its networks, who return it with a note or publish it with its maturity label — never by its
 * own organisation (four eyes across organisations), and only once it meets the EU Crime Prevention
 * Network's four minimum criteria. Published, it is read as its confidentiality says: public, network,
 * restricted to named organisations. Every read goes through the repository's one condition of
 * visibility, searches and facet counts included.
 */
export class PracticeService {
  constructor(
    private readonly practices: PracticeRepository,
    private readonly searches: PracticeSearchRepository,
    private readonly access: AccessService,
    private readonly attachments: PracticeAttachmentRepository,
    private readonly saved: Pick<SavedSearchService, 'metByPublished'>,
    private readonly notifications: Pick<NotificationService, 'notify'>,
  ) {}

  /** Practices matching words and facets that the reader (an actor, or null: the public) may see, with the facets' counts. */
  async search(actor: Actor | null, search: PracticeSearch): Promise<PracticeResults> {
    const reader = { orgId: actor?.orgId ?? null, mine: actor !== null && search.mine };
    const [found, facets] = await Promise.all([this.searches.search(reader, search), this.searches.facets(reader, search)]);
    return {
      total: found.total,
      hits: found.hits.map(({ content, ...hit }) => {
        const c = PracticeContent.parse(content);
        return { ...hit, title: c.title, summary: c.summary, city: c.city, location: c.location };
      }),
      facets: facets,
    };
  }

  async get(actor: Actor | null, id: string): Promise<Practice> {
    const row = await this.practices.find(id, actor?.orgId ?? null);
    if (!row) throw new AppError('not_found');
    return this.view(actor, row);
  }

  async create(actor: Actor, input: CreatePracticeInput): Promise<Practice> {
    const editor = requireRole(actor, 'editor');
    const content = withUniqueLinks(PracticeContent.parse(input.content));
    await this.checkRestricted(content);
    await this.checkLinks(editor, content, null, null);
    const id = await this.access.inTransaction(async (trx) => {
      const created = await this.practices.insert({ ownerOrgId: editor.orgId, userId: editor.userId, content, columns: columnsOf(content), demo: input.demo ?? false }, trx);
      await this.practices.index(created, indexTextsOf(content), trx);
      await this.practices.addHistory(created, { userId: editor.userId, orgId: editor.orgId, action: 'created' }, trx);
      return created;
    });
    return this.get(actor, id);
  }

  /** Saves the whole content on the revision read; only the owner's editors, and only a draft. */
  async update(actor: Actor, id: string, revision: number, input: PracticeContent): Promise<Practice> {
    const { editor, row } = await this.asOwner(actor, id);
    if (row.state !== 'draft') throw new AppError('practice_stage', 'A practice is changed as a draft: unpublish it or have it returned first.');
    const content = withUniqueLinks(PracticeContent.parse(input));
    await this.checkRestricted(content);
    await this.checkLinks(editor, content, PracticeContent.parse(row.content), id);
    await this.access.inTransaction(async (trx) => {
      if (!(await this.practices.update(id, revision, content, columnsOf(content), trx)))
        throw new AppError('conflict', 'The practice was saved by someone else since you opened it: reload it.');
      await this.practices.index(id, indexTextsOf(content), trx);
      await this.practices.addHistory(id, { userId: editor.userId, orgId: editor.orgId, action: 'edited' }, trx);
    });
    return this.get(actor, id);
  }

  /** A step of the workflow: submit (owner), return or publish (reviewer), unpublish (owner or reviewer). */
  async step(actor: Actor, id: string, step: PracticeStep): Promise<Practice> {
    const editor = requireRole(actor, 'editor');
    const row = await this.practices.find(id, editor.orgId);
    if (!row) throw new AppError('not_found');
    const owner = row.ownerOrgId === editor.orgId;
    const reviewer = !owner && (await this.practices.reviewedBy(id, editor.orgId));
    const title = PracticeContent.parse(row.content).title;
    const move = async (from: Practice['state'], to: Practice['state'], action: 'submitted' | 'returned' | 'published' | 'unpublished', note = '', maturity: Practice['maturity'] | null = null) => {
      const announce = await this.access.inTransaction(async (trx) => {
        if (!(await this.practices.move(id, from, to, maturity, trx))) throw new AppError('practice_stage');
        await this.practices.addHistory(id, { userId: editor.userId, orgId: editor.orgId, action, note }, trx);
        // The authors hear of what a reviewer did; the saved searches of other organisations meet a published practice.
        const told: NewNotification[] = [];
        if (!owner) {
          const byOrgName = await this.practices.orgName(editor.orgId, trx);
          for (const userId of await this.practices.authors(id, row.ownerOrgId, trx))
            told.push({ userId, orgId: row.ownerOrgId, subject: { kind: 'practice-step', practiceId: id, title, action, byOrgName, note } });
        }
        if (to === 'published') told.push(...(await this.saved.metByPublished({ id, ownerOrgId: row.ownerOrgId, title }, trx)));
        return this.notifications.notify(trx, told);
      });
      await announce();
    };
    switch (step.action) {
      case 'submit': {
        if (!owner) throw new AppError('forbidden', 'A practice is submitted by its own organisation.');
        const unmet = unmetCriteria(PracticeContent.parse(row.content));
        if (unmet.length > 0) throw new AppError('practice_criteria', `Missing: ${unmet.join(', ')}.`, unmet.map((c) => ({ path: 'content', message: c })));
        await move('draft', 'review', 'submitted');
        break;
      }
      case 'return':
        if (!reviewer) throw new AppError('forbidden', 'A practice is reviewed by an editor of a reviewing organisation of its networks.');
        await move('review', 'draft', 'returned', step.note);
        break;
      case 'publish':
        if (!reviewer) throw new AppError('forbidden', 'A practice is published by an editor of a reviewing organisation of its networks.');
        if (unmetCriteria(PracticeContent.parse(row.content)).length > 0) throw new AppError('practice_criteria');
        await move('review', 'published', 'published', '', step.maturity);
        break;
      case 'unpublish':
        if (!owner && !reviewer) throw new AppError('forbidden', 'A practice is unpublished by its organisation or its reviewers.');
        await move('published', 'draft', 'unpublished', step.note);
        break;
    }
    // The practice as the step left it: a reviewer who returned it, or published it for others, still gets it back.
    const after = await this.practices.find(id, undefined);
    if (!after) throw new AppError('not_found');
    return this.view(actor, after);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    await this.asOwner(actor, id);
    const keys = await this.attachments.keysOf(id);
    await this.practices.delete(id);
    await this.attachments.discard(keys);
  }

  /**
   * Attaches a document to a draft of one's own organisation: a PDF, or a JPEG or PNG photo whose location
   * metadata is removed (a practice is read across Europe, often by the public).
   */
  async attach(actor: Actor, id: string, filename: string, bytes: Uint8Array): Promise<Practice> {
    const { editor, row } = await this.asOwner(actor, id);
    if (row.state !== 'draft') throw new AppError('practice_stage', 'Documents are attached to a draft: unpublish it or have it returned first.');
    const file = documentOf(bytes);
    const stored = await this.attachments.store(file.bytes);
    try {
      await this.access.inTransaction(async (trx) => {
        if ((await this.attachments.list(id, trx)).length >= MAX_ATTACHMENTS) throw new AppError('conflict', `A practice has at most ${MAX_ATTACHMENTS} documents.`);
        await this.attachments.insert(id, editor.userId, { key: stored.key, filename, contentType: file.type, bytes: stored.bytes }, trx);
        await this.practices.addHistory(id, { userId: editor.userId, orgId: editor.orgId, action: 'edited', note: `attached ${filename}` }, trx);
      });
    } catch (error) {
      await this.attachments.discard([stored.key]);
      throw error;
    }
    return this.get(actor, id);
  }

  async detach(actor: Actor, id: string, attachmentId: string): Promise<Practice> {
    const { editor, row } = await this.asOwner(actor, id);
    if (row.state !== 'draft') throw new AppError('practice_stage', 'Documents are removed from a draft: unpublish it or have it returned first.');
    const key = await this.access.inTransaction(async (trx) => {
      const removed = await this.attachments.delete(id, attachmentId, trx);
      if (!removed) throw new AppError('not_found', 'No such document of this practice.');
      await this.practices.addHistory(id, { userId: editor.userId, orgId: editor.orgId, action: 'edited', note: 'removed a document' }, trx);
      return removed;
    });
    await this.attachments.discard([key]);
    return this.get(actor, id);
  }

  /** A document of a practice, for whoever may read the practice. */
  async attachment(actor: Actor | null, id: string, attachmentId: string): Promise<PhotoFile> {
    await this.get(actor, id);
    const found = (await this.attachments.list(id)).find((a) => a.id === attachmentId);
    const bytes = found && (await this.attachments.read(found.key));
    if (!found || !bytes) throw new AppError('not_found', 'No such document of this practice.');
    return { bytes, contentType: found.contentType, filename: found.filename };
  }

  private async asOwner(actor: Actor, id: string) {
    const editor = requireRole(actor, 'editor');
    const row = await this.practices.find(id, editor.orgId);
    if (!row) throw new AppError('not_found');
    if (row.ownerOrgId !== editor.orgId) throw new AppError('forbidden', 'A practice is written by its own organisation.');
    return { editor, row };
  }

  /**
   * The records a practice is tied to are records its author may read: each site, event plan and exercise
   * through the access rules of its kind, each practice through theirs, and never the practice itself. Only
   * the links new to this save are checked, so a share revoked since does not stop other changes.
   */
  private async checkLinks(actor: Actor, content: PracticeContent, before: PracticeContent | null, self: string | null): Promise<void> {
    const was = before?.links;
    const added = <T>(now: readonly T[], then: readonly T[] | undefined, key: (x: T) => string) => {
      const old = new Set((then ?? []).map(key));
      return now.filter((x) => !old.has(key(x)));
    };
    const refuse = (path: string, id: string) =>
      new AppError('validation_failed', 'A practice is tied only to records its organisation may read.', [{ path: `content.links.${path}`, message: id }]);
    const links = content.links;
    const readable = async (kind: 'site' | 'event' | 'exercise', id: string, path: string) => {
      try {
        await this.access.require(actor, kind, id, 'read');
      } catch (error) {
        if (error instanceof AppError) throw refuse(path, id);
        throw error;
      }
    };
    for (const id of added(links.siteIds, was?.siteIds, String)) await readable('site', id, 'siteIds');
    for (const id of added(links.eventIds, was?.eventIds, String)) await readable('event', id, 'eventIds');
    for (const a of added(links.exerciseActions, was?.exerciseActions, (x) => `${x.exerciseId}/${x.actionId}`)) await readable('exercise', a.exerciseId, 'exerciseActions');
    for (const id of added(links.practiceIds, was?.practiceIds, String)) {
      if (id === self || !(await this.practices.find(id, actor.orgId))) throw refuse('practiceIds', id);
    }
  }

  /** A restricted practice names organisations that exist. */
  private async checkRestricted(content: PracticeContent): Promise<void> {
    if (content.confidentiality !== 'restricted') return;
    if (content.restrictedTo.length === 0)
      throw new AppError('validation_failed', 'A restricted practice names the organisations it is for.', [{ path: 'content.restrictedTo', message: 'empty' }]);
    const known = await this.practices.existingOrgs(content.restrictedTo);
    for (const orgId of content.restrictedTo)
      if (!known.includes(orgId)) throw new AppError('validation_failed', 'An organisation a restricted practice is for does not exist.', [{ path: 'content.restrictedTo', message: orgId }]);
  }

  private async view(actor: Actor | null, row: PracticeRow): Promise<Practice> {
    const content = PracticeContent.parse(row.content);
    const org = actor?.orgId ?? null;
    const editor = actor?.role != null && ROLE_RANK[actor.role] >= ROLE_RANK.editor;
    const owner = org !== null && row.ownerOrgId === org;
    return {
      id: row.id,
      ownerOrgId: row.ownerOrgId,
      ownerName: row.ownerName,
      revision: row.revision,
      state: row.state,
      maturity: row.maturity,
      content,
      unmet: unmetCriteria(content),
      demo: row.demo,
      publishedAt: row.publishedAt,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      canEdit: editor && owner,
      canReview: editor && !owner && org !== null && (await this.practices.reviewedBy(row.id, org)),
      // Who wrote and reviewed it is for the network's members, not the public.
      history: actor !== null ? await this.practices.history(row.id) : [],
      attachments: (await this.attachments.list(row.id)).map(({ key: _key, ...a }) => a),
    };
  }
}
