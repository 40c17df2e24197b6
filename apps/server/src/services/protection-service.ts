import {
  MAX_COMPARED_PLANS,
  type CreateProtectionPlan,
  type DesignBasis,
  type PlanComparison,
  type PlanResult,
  type ProtectionPlan,
  type ReoptimiseProtectionPlan,
} from '@pactesur/contracts';
import { DEFAULT_CATALOGUE } from '@pactesur/barriers';
import { classCoverage } from '@pactesur/protect';
import type { MapLayers } from '@pactesur/site';
import { DEFAULT_VEHICLE_CLASSES } from '@pactesur/vehicle';
import { AppError } from '../errors/app-error.ts';
import type { ProtectPlanInput } from '../jobs/kinds/protect-plan.ts';
import type { Repositories } from '../repositories/index.ts';
import type { ProtectionPlanRow } from '../repositories/protection-plans.ts';
import type { AccessService } from './access-service.ts';
import { requireRole, type Actor, type OrgActor } from './actor.ts';
import { analysedSite } from './analysed-site.ts';
import { checkCatalogue, lockableIds } from './catalogue-input.ts';
import { protectionPlanRecord } from '../records/protection-plan.ts';
import { jobRecordView, SiteRecordService, type JobRecords } from './job-records.ts';

/** What an export needs: the plan, its result and the name of its site; for the report, the site's map layers. */
export interface PlanExport {
  readonly plan: ProtectionPlan;
  readonly result: PlanResult;
  readonly siteName: string;
  readonly layers: MapLayers | null;
}

/**
 * Protection plans of sites (HVM.md §4–6). Making one needs an editor of an organisation that may edit
 * the site; the zone, classes, catalogue and locks are checked, then a `protect.plan` job solves it on the
 * site's extract and the job system settles the plan into the record when it succeeds. A plan belongs to
 * the organisation that made it and is shared, read and audited like every sensitive record: it shows
 * where a place is not protected. Re-optimising a plan makes a new plan (a scenario) whose parent it is;
 * only the parent's owner organisation makes scenarios of it (ADR 0018), so a scenario is never a record
 * the owner of its parent cannot see.
 */
export class ProtectionService extends SiteRecordService<ProtectionPlanRow, ProtectionPlan> {
  constructor(private readonly repos: Pick<Repositories, 'plans' | 'sites' | 'extracts'>, private readonly access: AccessService, records: JobRecords) {
    super(records, protectionPlanRecord, repos.plans, planView);
  }

  /**
   * The default vehicle classes as a plan's design basis, each with whether the planning-default catalogue
   * can stop it at all: the web form ticks only those by default, and says why the others cannot be.
   * The same for every signed-in user (no record is read).
   */
  designBasis(actor: Actor): DesignBasis {
    void actor;
    const coverage = classCoverage(DEFAULT_VEHICLE_CLASSES, DEFAULT_CATALOGUE);
    return {
      classes: DEFAULT_VEHICLE_CLASSES.map((c, i) => {
        const cover = coverage[i];
        return { id: c.id, name: c.name, massKg: c.massKg, stoppable: cover?.stoppable ?? false, heaviestTestedKg: cover?.heaviestTestedKg ?? 0 };
      }),
    };
  }

  async create(actor: Actor, siteId: string, input: CreateProtectionPlan): Promise<ProtectionPlan> {
    const editor = requireRole(actor, 'editor');
    await this.access.require(actor, 'site', siteId, 'edit');
    if (input.parentId) {
      await this.access.requireOwner(actor, 'protection-plan', input.parentId, 'scenario');
      const parent = await this.repos.plans.find(input.parentId);
      if (parent?.siteId !== siteId)
        throw new AppError('validation_failed', 'The parent plan is of another site.', [{ path: 'parentId', message: 'another site' }]);
    }
    return this.start(actor, editor, siteId, input);
  }

  /**
   * A scenario of a plan: the parent's request with the edits, solved again as a new plan whose parent it
   * is. Only the parent's owner organisation makes one, with the right to edit the site (as for a new
   * plan); the new plan belongs to that organisation, like its parent.
   */
  async reoptimise(actor: Actor, id: string, edits: ReoptimiseProtectionPlan): Promise<ProtectionPlan> {
    const editor = requireRole(actor, 'editor');
    await this.access.requireOwner(actor, 'protection-plan', id, 'scenario');
    const parent = await this.repos.plans.find(id);
    if (!parent) throw new AppError('not_found');
    await this.access.require(actor, 'site', parent.siteId, 'edit');
    const { budgetEur, ...rest } = edits;
    const request: CreateProtectionPlan = {
      ...parent.request,
      ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
      name: edits.name ?? `${parent.name} (re-optimised)`,
      zone: parent.zone,
      parentId: id,
    };
    if (budgetEur === null) delete request.budgetEur;
    else if (budgetEur !== undefined) request.budgetEur = budgetEur;
    return this.start(actor, editor, parent.siteId, request);
  }

  /** The whole plan as stored JSON text; `plan_not_ready` until the job has succeeded. */
  resultJson(actor: Actor, id: string): Promise<string> {
    return this.records.stored(actor, protectionPlanRecord, id, 'result', 'plan_not_ready');
  }

  /** The plan, its result and its site's name for an export, audited as a read and an export. */
  async exportOf(actor: Actor, id: string, format: 'geojson' | 'csv' | 'pdf'): Promise<PlanExport> {
    const { access, ownerOrgId } = await this.access.read(actor, 'protection-plan', id);
    const row = await this.row(id);
    const json = await this.records.storedChecked(protectionPlanRecord, id, 'result', 'plan_not_ready');
    const site = await this.repos.sites.find(row.siteId);
    await this.access.audit(actor, 'export', { kind: 'protection-plan', recordId: id, ownerOrgId, detail: format });
    const layersJson = format === 'pdf' && site?.extractId ? await this.repos.extracts.layersJson(site.extractId) : null;
    const layers = layersJson ? (JSON.parse(layersJson) as MapLayers) : null;
    return { plan: planView(row, access), result: JSON.parse(json) as PlanResult, siteName: site?.name ?? '', layers };
  }

  /** Plans side by side, in the order asked; every one must be readable (each read is audited). */
  async compare(actor: Actor, ids: readonly string[]): Promise<PlanComparison> {
    if (ids.length < 2 || ids.length > MAX_COMPARED_PLANS || new Set(ids).size !== ids.length)
      throw new AppError('validation_failed', `Compare 2 to ${MAX_COMPARED_PLANS} different plans.`, [{ path: 'ids', message: 'count' }]);
    const plans: PlanComparison['plans'] = [];
    for (const id of ids) {
      const { access } = await this.access.read(actor, 'protection-plan', id);
      const p = await this.records.view(this.source, id, access);
      plans.push({ id: p.id, name: p.name, siteId: p.siteId, parentId: p.parentId, createdAt: p.createdAt, status: p.status, access: p.access, summary: p.summary });
    }
    return { plans };
  }

  /** Checks a request against the site and its extract, starts its job and records the plan. */
  private async start(actor: Actor, owner: OrgActor, siteId: string, input: CreateProtectionPlan): Promise<ProtectionPlan> {
    const { fileKey, zone, classes, defaultName } = await analysedSite(this.repos, siteId, input);
    const catalogue = checkCatalogue(input.catalogue);
    const lockable = lockableIds(catalogue);
    input.locked.forEach((l, i) => {
      if (!lockable.has(l.product))
        throw new AppError('validation_failed', `The locked product "${l.product}" is not in the catalogue.`, [{ path: `locked.${i}.product`, message: 'unknown product' }]);
    });
    const jobInput: ProtectPlanInput = {
      zone,
      classes,
      catalogue: input.catalogue ?? null,
      osmStations: input.osmStations,
      stations: input.stations,
      locked: input.locked,
      forbidden: input.forbidden,
      budgetEur: input.budgetEur ?? null,
    };
    const name = input.name ?? defaultName;
    const parentId = input.parentId ?? null;
    const detail = `${name} (site ${siteId}${parentId ? `, re-optimised from ${parentId}` : ''})`;
    const request = { kind: 'protect.plan', input: jobInput };
    const id = await this.records.start(actor, owner, protectionPlanRecord, { request, attachmentKey: fileKey, detail }, (trx, jobId) =>
      this.repos.plans.insert(
        { ownerOrgId: owner.orgId, siteId, parentId, name, zone, classIds: classes.map((c) => c.id), request: { ...input, name, zone }, jobId, createdBy: owner.userId },
        trx,
      ),
    );
    return this.records.view(this.source, id, 'owner');
  }

  private async row(id: string): Promise<ProtectionPlanRow> {
    const row = await this.repos.plans.find(id);
    if (!row) throw new AppError('not_found');
    return row;
  }
}

/** What the API shows of a protection plan. */
function planView(r: ProtectionPlanRow, access: ProtectionPlan['access']): ProtectionPlan {
  return {
    ...jobRecordView(r, access),
    siteId: r.siteId,
    parentId: r.parentId,
    name: r.name,
    zone: r.zone,
    classIds: [...r.classIds],
    request: r.request,
  };
}
