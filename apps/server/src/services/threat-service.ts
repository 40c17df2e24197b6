import { DEFAULT_CLASS_IDS, type ClassSummary, type CreateThreatAnalysis, type ThreatAnalysis, type ThreatResult } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import type { JobService } from '../jobs/job-service.ts';
import { recordStatus } from '../jobs/record-status.ts';
import type { Repositories } from '../repositories/index.ts';
import type { ThreatAnalysisRow } from '../repositories/threat-analyses.ts';
import type { AccessService } from './access-service.ts';
import { requireRole, type Actor } from './actor.ts';
import { zoneFromOutline } from './outline-geometry.ts';
import { resolveClasses } from './vehicle-classes.ts';
import { checkZone } from './zone-check.ts';

const statusOf = (row: ThreatAnalysisRow) => recordStatus(row.summary !== null, row.jobStatus);

/**
 * Vehicle threat analyses of sites (HVM.md §1–3). Starting one reads the site (which must be visible to the
 * organisation), checks the zone and the classes, and runs a `vehicle.threat` job on the site's extract;
 * the first read after the job succeeded moves its result into the analysis. An analysis belongs to the
 * organisation that ran it — not to the site's owner — and is shared, read and audited like every
 * sensitive record: it says from where, and how fast, a vehicle reaches the crowd.
 */
export class ThreatService {
  constructor(
    private readonly repos: Repositories,
    private readonly access: AccessService,
    private readonly jobs: JobService,
  ) {
    access.register('threat-analysis', (id) => repos.threats.ownerOf(id));
  }

  async start(actor: Actor, siteId: string, input: CreateThreatAnalysis): Promise<ThreatAnalysis> {
    const analyst = requireRole(actor, 'analyst');
    await this.access.read(actor, 'site', siteId);
    const site = await this.repos.sites.find(siteId);
    if (!site) throw new AppError('not_found');
    if (!site.extractId) throw new AppError('site_without_extract');
    const extract = await this.repos.extracts.find(site.extractId);
    const bytes = await this.repos.extracts.data(site.extractId);
    if (!extract || !bytes) throw new AppError('site_without_extract');
    const zone = input.zone ?? zoneFromOutline(site.outline);
    checkZone(zone, extract.summary?.bounds);
    const classes = resolveClasses(input.classes);
    const job = await this.jobs.start(
      actor,
      { kind: 'vehicle.threat', input: { zone, classes, spacingM: input.spacingM, sensitivity: input.sensitivity } },
      bytes,
    );
    const name = input.name ?? `${site.name} — ${classes.length === DEFAULT_CLASS_IDS.length ? 'all classes' : classes.map((c) => c.id).join(', ')}`;
    const id = await this.repos.threats.insert({
      ownerOrgId: analyst.orgId,
      siteId,
      name,
      zone,
      classes,
      spacingM: input.spacingM,
      sensitivity: input.sensitivity,
      jobId: job.id,
      createdBy: analyst.userId,
    });
    await this.access.audit(actor, 'create', { kind: 'threat-analysis', recordId: id, ownerOrgId: analyst.orgId, detail: `${name} (site ${siteId})` });
    return this.view(id, 'owner');
  }

  /** The analyses of a site that the organisation may see. */
  async list(actor: Actor, siteId: string): Promise<ThreatAnalysis[]> {
    await this.access.read(actor, 'site', siteId);
    const load = (orgId: string, ids: readonly string[]) => this.repos.threats.listVisible(siteId, orgId, ids);
    const visible = await this.access.listVisible(actor, 'threat-analysis', load, `for site ${siteId}`);
    return Promise.all(visible.map(({ row, access }) => this.toView(row, access)));
  }

  /**
   * The analyses of several sites that the organisation may see, newest first, audited as one read. Only
   * records it owns or that were shared with it come back, whatever the ids asked.
   */
  async listOfSites(actor: Actor, siteIds: readonly string[]): Promise<ThreatAnalysis[]> {
    const load = (orgId: string, ids: readonly string[]) => this.repos.threats.listVisibleOfSites(siteIds, orgId, ids);
    const visible = await this.access.listVisible(actor, 'threat-analysis', load);
    return Promise.all(visible.map(({ row, access }) => this.toView(row, access)));
  }

  async get(actor: Actor, id: string): Promise<ThreatAnalysis> {
    const { access } = await this.access.read(actor, 'threat-analysis', id);
    return this.view(id, access);
  }

  /** The whole result as stored JSON text; `analysis_not_ready` until the job has succeeded. */
  async resultJson(actor: Actor, id: string): Promise<string> {
    await this.access.read(actor, 'threat-analysis', id);
    const row = await this.repos.threats.find(id);
    if (!row) throw new AppError('not_found');
    await this.settle(row);
    const json = await this.repos.threats.resultJson(id);
    if (!json) throw new AppError('analysis_not_ready');
    return json;
  }

  /**
   * The map layers of the analysed site's extract, for whoever may read the analysis: an organisation it
   * was shared with sees the map under it even when the site itself was not shared (the layers are
   * OpenStreetMap's public data, nothing of the site's record).
   */
  async layers(actor: Actor, id: string): Promise<string> {
    await this.access.read(actor, 'threat-analysis', id);
    const row = await this.repos.threats.find(id);
    const site = row && (await this.repos.sites.find(row.siteId));
    if (!site?.extractId) throw new AppError('site_without_extract');
    const json = await this.repos.extracts.layersJson(site.extractId);
    if (!json) throw new AppError('extract_not_ready');
    return json;
  }

  async result(actor: Actor, id: string): Promise<{ analysis: ThreatAnalysis; result: ThreatResult }> {
    const json = await this.resultJson(actor, id);
    const row = await this.repos.threats.find(id);
    if (!row) throw new AppError('not_found');
    const { access } = await this.access.read(actor, 'threat-analysis', id);
    return { analysis: await this.toView(row, access), result: JSON.parse(json) as ThreatResult };
  }

  /** Only the owner's editors delete (analysts run analyses, editors remove them); a running job is cancelled. */
  async delete(actor: Actor, id: string): Promise<void> {
    const { access, ownerOrgId } = await this.access.require(actor, 'threat-analysis', id, 'edit');
    if (access !== 'owner') throw new AppError('forbidden', 'Only the owner organisation deletes a record.');
    const row = await this.repos.threats.find(id);
    if (row?.jobId && statusOf(row) === 'processing') await this.jobs.cancel(actor, row.jobId).catch(() => undefined);
    await this.repos.shares.revokeAll('threat-analysis', id);
    await this.repos.threats.delete(id);
    await this.access.audit(actor, 'delete', { kind: 'threat-analysis', recordId: id, ownerOrgId });
  }

  private async view(id: string, access: ThreatAnalysis['access']): Promise<ThreatAnalysis> {
    const row = await this.repos.threats.find(id);
    if (!row) throw new AppError('not_found');
    return this.toView(row, access);
  }

  private async toView(row: ThreatAnalysisRow, access: ThreatAnalysis['access']): Promise<ThreatAnalysis> {
    const r = (await this.settle(row)) ?? row;
    return {
      id: r.id,
      ownerOrgId: r.ownerOrgId,
      siteId: r.siteId,
      name: r.name,
      zone: r.zone,
      classIds: r.classes.map((c) => c.id),
      spacingM: r.spacingM,
      sensitivity: r.sensitivity,
      createdAt: r.createdAt.toISOString(),
      jobId: r.jobId,
      status: statusOf(r),
      progress: r.summary ? 1 : r.jobProgress,
      error: r.jobError,
      summary: r.summary,
      access,
    };
  }

  /** Moves a succeeded job's result into the analysis (once); returns the updated row when it changed. */
  private async settle(row: ThreatAnalysisRow): Promise<ThreatAnalysisRow | null> {
    if (row.summary || row.jobStatus !== 'succeeded' || !row.jobId) return null;
    const result = (await this.repos.threats.pendingResult(row.id)) as ThreatResult | null;
    if (!result?.classes) return null;
    const summary: ClassSummary[] = result.classes.map((c) => ({ class: c.class, maxSpeedKmh: c.maxSpeedKmh, maxEnergyKJ: c.maxEnergyKJ, entries: c.entries.length }));
    await this.repos.threats.settle(row.id, row.jobId, result, summary);
    return (await this.repos.threats.find(row.id)) ?? null;
  }
}

