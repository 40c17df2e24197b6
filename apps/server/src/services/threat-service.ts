import { type CreateThreatAnalysis, type ThreatAnalysis, type ThreatResult } from '@pactesur/contracts';
import { AppError } from '../errors/app-error.ts';
import { threatAnalysisRecord } from '../records/threat-analysis.ts';
import type { Repositories } from '../repositories/index.ts';
import type { ThreatAnalysisRow } from '../repositories/threat-analyses.ts';
import type { AccessService } from './access-service.ts';
import { requireRole, type Actor } from './actor.ts';
import { analysedSite } from './analysed-site.ts';
import { jobRecordView, SiteRecordService, type JobRecords } from './job-records.ts';

/**
 * Vehicle threat analyses of sites (HVM.md §1–3). Starting one reads the site (which must be visible to the
 * organisation), checks the zone and the classes, and runs a `vehicle.threat` job on the site's extract;
 * the job system settles its result into the analysis when it succeeds. An analysis belongs to the
 * organisation that ran it — not to the site's owner — and is shared, read and audited like every
 * sensitive record: it says from where, and how fast, a vehicle reaches the crowd.
 */
export class ThreatService extends SiteRecordService<ThreatAnalysisRow, ThreatAnalysis> {
  constructor(private readonly repos: Pick<Repositories, 'threats' | 'sites' | 'extracts'>, private readonly access: AccessService, records: JobRecords) {
    super(records, threatAnalysisRecord, repos.threats, threatView);
  }

  async start(actor: Actor, siteId: string, input: CreateThreatAnalysis): Promise<ThreatAnalysis> {
    const analyst = requireRole(actor, 'analyst');
    await this.access.read(actor, 'site', siteId);
    const { fileKey, zone, classes, defaultName } = await analysedSite(this.repos, siteId, input);
    const name = input.name ?? defaultName;
    const request = { kind: 'vehicle.threat', input: { zone, classes, spacingM: input.spacingM, sensitivity: input.sensitivity } };
    const id = await this.records.start(actor, analyst, threatAnalysisRecord, { request, attachmentKey: fileKey, detail: `${name} (site ${siteId})` }, (trx, jobId) =>
      this.repos.threats.insert(
        { ownerOrgId: analyst.orgId, siteId, name, zone, classes, spacingM: input.spacingM, sensitivity: input.sensitivity, jobId, createdBy: analyst.userId },
        trx,
      ),
    );
    return this.records.view(this.source, id, 'owner');
  }

  /** The whole result as stored JSON text; `analysis_not_ready` until the job has succeeded. */
  resultJson(actor: Actor, id: string): Promise<string> {
    return this.records.stored(actor, threatAnalysisRecord, id, 'result', 'analysis_not_ready');
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
    return { analysis: await this.get(actor, id), result: JSON.parse(json) as ThreatResult };
  }
}

/** What the API shows of a threat analysis. */
function threatView(r: ThreatAnalysisRow, access: ThreatAnalysis['access']): ThreatAnalysis {
  const { siteId, name, zone, spacingM, sensitivity } = r;
  return { ...jobRecordView(r, access), siteId, name, zone, classIds: r.classes.map((c) => c.id), spacingM, sensitivity };
}
