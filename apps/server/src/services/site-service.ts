import type { CreateSite, Site, UpdateSite } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Repositories } from '../repositories/index.ts';
import type { SiteRow } from '../repositories/sites.ts';
import type { AccessService } from './access-service.ts';
import { requireRole, type Actor } from './actor.ts';
import type { ExtractService } from './extract-service.ts';
import { outlineAreaM2, outlineCentre } from './outline-geometry.ts';

/** The register of public spaces: sites are sensitive records (ownership, sharing, audit). */
export class SiteService {
  constructor(
    private readonly repos: Pick<Repositories, 'sites'>,
    private readonly access: AccessService,
    private readonly extracts: ExtractService,
  ) {}

  async list(actor: Actor): Promise<Site[]> {
    const visible = await this.access.listVisible(actor, 'site', (orgId, ids) => this.repos.sites.listVisible(orgId, ids));
    return visible.map(({ row, access }) => ({ ...row, access }));
  }

  async get(actor: Actor, id: string): Promise<Site> {
    const { access } = await this.access.read(actor, 'site', id);
    return { ...(await this.row(id)), access };
  }

  /**
   * Registers a site from an extract the organisation may read: from one of its suggestions (`candidate`,
   * whose outline and walkable area it takes, name and category overridable), or from an outline drawn by hand.
   */
  async create(actor: Actor, input: CreateSite): Promise<Site> {
    const editor = requireRole(actor, 'editor');
    const extract = await this.extracts.get(actor, input.extractId);
    let base: { name: string; category: Site['category']; outline: Site['outline']; walkableAreaM2: number; centre: Site['centre'] };
    if (input.candidate !== undefined) {
      if (extract.status !== 'ready') throw new AppError('extract_not_ready');
      const c = extract.candidates[input.candidate];
      if (!c) throw new AppError('validation_failed', `The extract has ${extract.candidates.length} suggestions; there is no number ${input.candidate}.`, [{ path: 'candidate', message: 'no such suggestion' }]);
      base = { name: c.name, category: c.category, outline: c.outline, walkableAreaM2: c.walkableAreaM2, centre: c.centre };
    } else if (input.outline && input.name && input.category) {
      base = { name: input.name, category: input.category, outline: input.outline, walkableAreaM2: outlineAreaM2(input.outline), centre: outlineCentre(input.outline) };
    } else {
      throw new AppError('validation_failed', 'Give a suggestion number (candidate), or a name, a category and an outline.', [{ path: 'candidate', message: 'required without an outline' }]);
    }
    const id = await this.access.inTransaction(async (trx) => {
      const inserted = await this.repos.sites.insert(
        {
          ...base,
          name: input.name ?? base.name,
          category: input.category ?? base.category,
          ownerOrgId: editor.orgId,
          extractId: extract.id,
          typicalOccupancy: input.typicalOccupancy,
          eventOccupancy: input.eventOccupancy,
          notes: input.notes,
          createdBy: editor.userId,
        },
        trx,
      );
      await this.access.audit(actor, 'create', { kind: 'site', recordId: inserted, ownerOrgId: editor.orgId, detail: input.name ?? base.name }, trx);
      return inserted;
    });
    return { ...(await this.row(id)), access: 'owner' };
  }

  async update(actor: Actor, id: string, input: UpdateSite): Promise<Site> {
    const { access, ownerOrgId } = await this.access.require(actor, 'site', id, 'edit');
    const geometry = input.outline ? { outline: input.outline, centre: outlineCentre(input.outline), walkableAreaM2: outlineAreaM2(input.outline) } : {};
    await this.access.inTransaction(async (trx) => {
      await this.repos.sites.update(id, { ...input, ...geometry }, trx);
      await this.access.audit(actor, 'update', { kind: 'site', recordId: id, ownerOrgId, detail: Object.keys(input).join(',') }, trx);
    });
    return { ...(await this.row(id)), access };
  }

  /** Only the owner organisation deletes a site (ADR 0018). */
  async delete(actor: Actor, id: string): Promise<void> {
    const ownerOrgId = await this.access.requireOwner(actor, 'site', id, 'delete');
    // Its analyses, simulations and plans go with it (the rows cascade); their shares must not outlive them.
    await this.access.deleteRecord(actor, 'site', id, ownerOrgId, (trx) => this.repos.sites.delete(id, trx));
  }

  /** The map layers of the site's extract: whoever may read the site may see its map. */
  async layers(actor: Actor, id: string): Promise<string> {
    await this.access.read(actor, 'site', id);
    const site = await this.row(id);
    if (!site.extractId) throw new AppError('not_found', 'The extract of this site was deleted.');
    return this.extracts.layersOf(site.extractId);
  }

  private async row(id: string): Promise<SiteRow> {
    const row = await this.repos.sites.find(id);
    if (!row) throw new AppError('not_found');
    return row;
  }
}
