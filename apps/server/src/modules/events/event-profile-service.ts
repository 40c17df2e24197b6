import type { EventProfile, SaveEventProfile } from '@pactesur/contracts';
import { GREEN_GUIDE, GREEN_GUIDE_SOURCES } from '@pactesur/events';
import { AppError } from '../../errors/app-error.ts';
import type { AccessService } from '../../services/access-service.ts';
import { requireRole, type Actor } from '../../services/actor.ts';
import type { EventProfileRepository, ProfileRow } from './event-profile-repository.ts';

/** The built-in profile: the UK Green Guide's constants, which every organisation may use. */
export const DEFAULT_PROFILE: EventProfile = {
  id: null,
  familyId: null,
  ownerOrgId: null,
  name: 'UK Green Guide',
  country: 'GB',
  version: 1,
  constants: GREEN_GUIDE,
  sources: GREEN_GUIDE_SOURCES,
  createdAt: null,
  createdByName: null,
  superseded: false,
};

const view = (r: ProfileRow): EventProfile => ({
  id: r.id,
  familyId: r.familyId,
  ownerOrgId: r.ownerOrgId,
  name: r.name,
  country: r.country,
  version: r.version,
  constants: r.constants,
  sources: r.sources,
  createdAt: r.createdAt,
  createdByName: r.createdByName,
  superseded: r.superseded,
});

/**
 * The jurisdictions' profiles of an organisation (EVENTS.md: every constant differs between countries).
 * A profile is never changed in place: saving makes its next version, so a plan keeps the figures of the
 * version it was computed with until its owner moves it to a newer one.
 */
export class EventProfileService {
  constructor(
    private readonly profiles: EventProfileRepository,
    private readonly access: AccessService,
  ) {}

  /** The built-in default, then the latest version of each of the organisation's profiles. */
  async list(actor: Actor): Promise<EventProfile[]> {
    const member = requireRole(actor, 'viewer');
    return [DEFAULT_PROFILE, ...(await this.profiles.latestOf(member.orgId)).map(view)];
  }

  async create(actor: Actor, input: SaveEventProfile): Promise<EventProfile> {
    const editor = requireRole(actor, 'editor');
    const id = await this.access.inTransaction(async (trx) => {
      const created = await this.profiles.insert({ ...input, familyId: null, ownerOrgId: editor.orgId, version: 1, createdBy: editor.userId }, trx);
      await this.access.audit(actor, 'create', { ownerOrgId: editor.orgId, detail: `event profile ${created} "${input.name}" v1` }, trx);
      return created;
    });
    return view(await this.row(id));
  }

  /** Saves the next version of the profile whose latest version is `id`; an older version is `conflict`. */
  async update(actor: Actor, id: string, input: SaveEventProfile): Promise<EventProfile> {
    const editor = requireRole(actor, 'editor');
    const current = await this.own(editor.orgId, id);
    if (current.superseded) throw new AppError('conflict', `Version ${current.version} of "${current.name}" is not the latest: change the latest version.`);
    const next = await this.access.inTransaction(async (trx) => {
      const created = await this.profiles.insert(
        { ...input, familyId: current.familyId, ownerOrgId: editor.orgId, version: current.version + 1, createdBy: editor.userId },
        trx,
      );
      await this.access.audit(actor, 'update', { ownerOrgId: editor.orgId, detail: `event profile ${current.familyId} "${input.name}" v${current.version + 1}` }, trx);
      return created;
    });
    return view(await this.row(next));
  }

  async versions(actor: Actor, id: string): Promise<EventProfile[]> {
    const member = requireRole(actor, 'viewer');
    const row = await this.own(member.orgId, id);
    return (await this.profiles.versions(row.familyId)).map(view);
  }

  /** The profile a plan of `orgId` uses: the default for null, else one of the organisation's versions. */
  async of(orgId: string, id: string | null): Promise<EventProfile> {
    if (id === null) return DEFAULT_PROFILE;
    const row = await this.profiles.find(id);
    return row && row.ownerOrgId === orgId ? view(row) : DEFAULT_PROFILE;
  }

  /** Checks that `id` names a profile version of the organisation (`not_found` otherwise). */
  async requireOwn(orgId: string, id: string | null): Promise<void> {
    if (id !== null) await this.own(orgId, id);
  }

  private async own(orgId: string, id: string): Promise<ProfileRow> {
    const row = await this.profiles.find(id);
    if (!row || row.ownerOrgId !== orgId) throw new AppError('not_found', 'No such profile in your organisation.');
    return row;
  }

  private async row(id: string): Promise<ProfileRow> {
    const row = await this.profiles.find(id);
    if (!row) throw new AppError('not_found');
    return row;
  }
}
