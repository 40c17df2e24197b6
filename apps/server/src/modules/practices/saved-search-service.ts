import {
  MAX_SAVED_SEARCHES,
  PracticeSearch,
  type Multilingual,
  type SavedSearch,
  type SavedSearchQuery,
  type SaveSavedSearch,
} from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import type { NewNotification } from '../../repositories/notifications.ts';
import type { Tx } from '../../repositories/tx.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import type { PracticeSearchRepository } from './practice-search-repository.ts';
import type { SavedSearchRepository } from './saved-search-repository.ts';

/**
 * The whole search a saved one stands for, read as any reader of its organisation reads the published
 * practices; null for a stored search the contract no longer takes (a facet value withdrawn since), which
 * then finds nothing rather than stopping every publication.
 */
const searchOf = (query: SavedSearchQuery): PracticeSearch | null => {
  const parsed = PracticeSearch.safeParse({ ...query, mine: false });
  return parsed.success ? parsed.data : null;
};

/** A practice that has just been published, as the saved searches meet it. */
export interface PublishedPractice {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly title: Multilingual;
}

/**
 * Saved searches of practices (ADR 0026). A signed-in user keeps searches for the organisation they act for;
 * when a practice is published, every saved search of another organisation is run against it with that
 * organisation's right to read — the one condition of `practice-visibility.ts`, so a practice the search's
 * organisation may not read never matches — and each search that newly meets it counts it and, if it
 * notifies, tells its user. The practices a search finds when it is saved (or changed) count as met.
 */
export class SavedSearchService {
  constructor(
    private readonly saved: SavedSearchRepository,
    private readonly searches: PracticeSearchRepository,
    private readonly access: AccessService,
  ) {}

  list(actor: Actor): Promise<SavedSearch[]> {
    const reader = requireRole(actor, 'viewer');
    return this.saved.list(reader.userId, reader.orgId);
  }

  async create(actor: Actor, input: SaveSavedSearch): Promise<SavedSearch> {
    const reader = requireRole(actor, 'viewer');
    const id = await this.access.inTransaction(async (trx) => {
      if ((await this.saved.countLocked(reader.userId, reader.orgId, trx)) >= MAX_SAVED_SEARCHES)
        throw new AppError('conflict', `A user keeps at most ${MAX_SAVED_SEARCHES} saved searches for an organisation: delete one first.`);
      const created = await this.saved.insert(reader.userId, reader.orgId, input, trx);
      const search = searchOf(input.search);
      if (search) await this.searches.markMatches({ orgId: reader.orgId, mine: false }, search, created, trx);
      return created;
    });
    return this.one(reader.userId, reader.orgId, id);
  }

  async update(actor: Actor, id: string, input: SaveSavedSearch): Promise<SavedSearch> {
    const reader = requireRole(actor, 'viewer');
    await this.access.inTransaction(async (trx) => {
      const before = await this.saved.get(id, reader.userId, reader.orgId, trx);
      if (!before || !(await this.saved.update(id, reader.userId, reader.orgId, input, trx))) throw new AppError('not_found');
      const search = searchOf(input.search);
      if (JSON.stringify(searchOf(before.search)) !== JSON.stringify(search)) {
        await this.saved.forgetMatches(id, trx);
        if (search) await this.searches.markMatches({ orgId: reader.orgId, mine: false }, search, id, trx);
      }
    });
    return this.one(reader.userId, reader.orgId, id);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    const reader = requireRole(actor, 'viewer');
    if (!(await this.saved.delete(id, reader.userId, reader.orgId))) throw new AppError('not_found');
  }

  /**
   * Runs every other organisation's saved search against a practice just published, with `trx` (the
   * publication's): the answer is the notifications to write with it.
   */
  async metByPublished(practice: PublishedPractice, trx: Tx): Promise<NewNotification[]> {
    const out: NewNotification[] = [];
    for (const search of await this.saved.candidates(practice.ownerOrgId, trx)) {
      const reader = { orgId: search.orgId, mine: false };
      const query = searchOf(search.search);
      if (!query || !(await this.searches.includes(reader, query, practice.id, trx))) continue;
      if (!(await this.saved.met(search.id, practice.id, trx)) || !search.notify) continue;
      out.push({
        userId: search.userId,
        orgId: search.orgId,
        subject: { kind: 'practice-match', practiceId: practice.id, title: practice.title, searchId: search.id, searchName: search.name },
      });
    }
    return out;
  }

  private async one(userId: string, orgId: string, id: string): Promise<SavedSearch> {
    const found = await this.saved.get(id, userId, orgId);
    if (!found) throw new AppError('not_found');
    return found;
  }
}
