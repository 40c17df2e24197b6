import { ReportCategory, type Coverage, type LngLat, type SaveCoverage } from '@pactesur/contracts';
import { AppError } from '../../errors/app-error.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import { areaContains, areaKm2 } from './coverage-geometry.ts';
import type { CoverageRepository } from './coverage-repository.ts';

/** The organisation a report goes to. */
export interface Recipient {
  readonly orgId: string;
  readonly orgName: string;
}

/** Why no organisation takes a report: the sentence and the field it is about. */
const refused = (message: string, path: 'location' | 'category' = 'location'): AppError => new AppError('validation_failed', message, [{ path, message }]);

/**
 * Where each organisation takes which categories of report (its admins say so), and the routing of a
 * report: to the organisation whose coverage of its category holds its location, the smallest area first.
 */
export class CoverageService {
  constructor(
    private readonly coverage: CoverageRepository,
    private readonly access: AccessService,
  ) {}

  async list(actor: Actor): Promise<Coverage[]> {
    const admin = requireRole(actor, 'admin');
    return this.coverage.list(admin.orgId);
  }

  async create(actor: Actor, input: SaveCoverage): Promise<Coverage> {
    const admin = requireRole(actor, 'admin');
    const km2 = usableArea(input);
    const id = await this.access.inTransaction(async (trx) => {
      const created = await this.coverage.insert(admin.orgId, admin.userId, input, km2, trx);
      await this.access.audit(actor, 'create', { kind: 'citizen-coverage', recordId: created, ownerOrgId: admin.orgId, detail: input.categories.join(', ') }, trx);
      return created;
    });
    return this.get(id);
  }

  async update(actor: Actor, id: string, input: SaveCoverage): Promise<Coverage> {
    const admin = await this.own(actor, id);
    const km2 = usableArea(input);
    await this.access.inTransaction(async (trx) => {
      await this.coverage.update(id, input, km2, trx);
      await this.access.audit(actor, 'update', { kind: 'citizen-coverage', recordId: id, ownerOrgId: admin.orgId, detail: input.categories.join(', ') }, trx);
    });
    return this.get(id);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    const admin = await this.own(actor, id);
    await this.access.inTransaction(async (trx) => {
      await this.coverage.delete(id, trx);
      await this.access.audit(actor, 'delete', { kind: 'citizen-coverage', recordId: id, ownerOrgId: admin.orgId }, trx);
    });
  }

  /**
   * The organisation a report of `category` goes to: the one whose coverage of the category holds
   * `location`, the smallest area first; with no location, the one organisation that covers the category
   * at all (with several, the address alone cannot choose: the reporter gives the place).
   */
  async route(category: ReportCategory, location: LngLat | null): Promise<Recipient> {
    const covering = await this.coverage.covering(category);
    if (location) {
      const found = covering.find((c) => areaContains(c.area, location));
      if (!found) throw refused('No organisation takes reports of this category at this place.');
      return { orgId: found.orgId, orgName: found.orgName };
    }
    const orgs = new Map(covering.map((c) => [c.orgId, c.orgName]));
    const [only] = [...orgs];
    if (orgs.size !== 1 || !only) throw refused('Give the place of the report as lat and long: its address alone does not say who takes it.');
    return { orgId: only[0], orgName: only[1] };
  }

  /** For each category, the organisation that takes its reports at a place (null: none there). */
  async categoriesAt(point: LngLat): Promise<{ category: ReportCategory; orgName: string | null }[]> {
    const covering = await this.coverage.covering();
    return ReportCategory.options.map((category) => ({
      category,
      orgName: covering.find((c) => c.categories.includes(category) && areaContains(c.area, point))?.orgName ?? null,
    }));
  }

  private async get(id: string): Promise<Coverage> {
    const found = await this.coverage.find(id);
    if (!found) throw new AppError('not_found');
    return found;
  }

  /** The acting admin, once the coverage is found to be their organisation's (another's is not found). */
  private async own(actor: Actor, id: string) {
    const admin = requireRole(actor, 'admin');
    const found = await this.coverage.find(id);
    if (!found || found.orgId !== admin.orgId) throw new AppError('not_found');
    return admin;
  }
}

/** The area of a coverage in km², refused when it encloses nothing. */
function usableArea(input: SaveCoverage): number {
  const km2 = areaKm2(input.area);
  if (!(km2 > 0)) throw new AppError('validation_failed', 'The area encloses nothing.', [{ path: 'area', message: 'encloses no area' }]);
  return km2;
}
