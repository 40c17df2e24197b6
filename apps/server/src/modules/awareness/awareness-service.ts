import { ROLE_RANK, type AwarenessEntry, type AwarenessPage, type AwarenessSection, type SaveAwareness } from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import type { OrganisationRepository } from '../../repositories/organisations.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import type { AwarenessRepository } from './awareness-repository.ts';

/** The languages a page is written in (human texts; machine translations are not the city's). */
function languagesOfSections(sections: readonly AwarenessSection[]): string[] {
  return [...new Set(sections.flatMap((s) => [s.title.source, ...Object.keys(s.title.texts), ...Object.keys(s.body.texts)]))].sort();
}

/**
 * A city's awareness page: written by its editors in its languages; read by everyone, without an account,
 * once published; before that, by the city's own members only (to others it does not exist).
 */
export class AwarenessService {
  constructor(
    private readonly pages: AwarenessRepository,
    private readonly orgs: OrganisationRepository,
    private readonly access: AccessService,
  ) {}

  /** The published pages, each with the languages its text is in. */
  async list(): Promise<AwarenessEntry[]> {
    return (await this.pages.published()).map((p) => ({ org: p.org, languages: languagesOfSections(p.sections), updatedAt: p.updatedAt.toISOString() }));
  }

  async get(actor: Actor | null, slug: string): Promise<AwarenessPage> {
    const org = await this.orgs.findBySlug(slug);
    if (!org) throw new AppError('not_found', 'No such organisation.');
    const own = actor?.orgId === org.id;
    const page = await this.pages.find(org.id);
    if (!own && !page?.published) throw new AppError('not_found', 'This organisation has no public page.');
    const canEdit = own && actor?.role != null && ROLE_RANK[actor.role] >= ROLE_RANK.editor;
    return { org, sections: page?.sections ?? [], published: page?.published ?? false, updatedAt: page?.updatedAt.toISOString() ?? null, canEdit };
  }

  async save(actor: Actor, slug: string, input: SaveAwareness): Promise<AwarenessPage> {
    const editor = requireRole(actor, 'editor');
    const org = await this.orgs.findBySlug(slug);
    if (!org || org.id !== editor.orgId) throw new AppError('forbidden', 'A page is written by its own organisation.');
    await this.pages.save(org.id, editor.userId, input);
    await this.access.audit(actor, 'update', { kind: 'awareness-page', recordId: org.id, ownerOrgId: org.id, detail: input.published ? 'published' : 'unpublished' });
    return this.get(actor, slug);
  }
}
