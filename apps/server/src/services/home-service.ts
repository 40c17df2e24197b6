import {
  HOME_LIST_LIMIT,
  HOME_SHARES_DAYS,
  type AuditAction,
  type Home,
  type HomeAnalysis,
  type HomePlan,
  type HomeSite,
  type ProtectionPlan,
  RecordKind,
  type Site,
  type ThreatAnalysis,
} from '@pactesur/contracts';
import type { Repositories } from '../repositories/index.ts';
import type { AccessService } from './access-service.ts';
import type { JobService } from './job-service.ts';
import { requireRole, type Actor } from './actor.ts';
import type { ProtectionService } from './protection-service.ts';
import type { SiteService } from './site-service.ts';
import type { ThreatService } from './threat-service.ts';

/**
 * What the recent activity shows, to every role: changes of records, on the record kinds every member may
 * read (jobs have none of their own: the record a job computes has its entry). Invitations, roles, members,
 * shares and exports stay on the admins' audit page.
 */
const ACTIVITY_ACTIONS: readonly AuditAction[] = ['create', 'update', 'delete'];
const ACTIVITY_KINDS: readonly RecordKind[] = RecordKind.options.filter((k) => k !== 'job');

const DAY_MS = 86_400_000;

/** What the home page says of any analysis or plan: which one, its name, when it was started, its state. */
function entryOf<S extends string>(r: Pick<ThreatAnalysis, 'id' | 'name' | 'createdAt'> & { readonly status: S }) {
  return { id: r.id, name: r.name, createdAt: r.createdAt, status: r.status };
}

/** An analysis with its worst impact speed over all classes. */
export function homeAnalysis(a: ThreatAnalysis): HomeAnalysis {
  const worst = (a.summary ?? []).reduce<{ class: string; maxSpeedKmh: number } | null>(
    (best, c) => (best === null || c.maxSpeedKmh > best.maxSpeedKmh ? c : best),
    null,
  );
  return {
    ...entryOf(a),
    worstSpeedKmh: worst?.maxSpeedKmh ?? null,
    worstClass: worst?.class ?? null,
  };
}

/** A plan with what its summary says: feasible, verified, what it costs. */
export function homePlan(p: ProtectionPlan): HomePlan {
  const s = p.summary;
  return {
    ...entryOf(p),
    feasible: s?.feasible ?? null,
    verified: s?.verified ?? null,
    totalCostEur: s?.totalCostEur ?? null,
    maintenancePerYearEur: s?.maintenancePerYearEur ?? null,
    measures: s ? s.measures : null,
  };
}

/**
 * The state of protection of a site from its analyses and plans (each newest first): the newest ready
 * analysis (else the newest), the latest plan whose verification passed, and the newest plan.
 */
export function siteState(site: Site, analyses: readonly ThreatAnalysis[], plans: readonly ProtectionPlan[]): HomeSite {
  const ready = analyses.find((a) => a.status === 'ready');
  const analysis = ready ?? analyses[0];
  const verified = plans.find((p) => p.status === 'ready' && p.summary?.verified === true);
  const latest = plans[0];
  return {
    id: site.id,
    name: site.name,
    category: site.category,
    ownerOrgName: site.ownerOrgName,
    access: site.access,
    analysis: analysis ? homeAnalysis(analysis) : null,
    verifiedPlan: verified ? homePlan(verified) : null,
    latestPlan: latest ? homePlan(latest) : null,
    lastAssessedAt: ready?.createdAt ?? null,
  };
}

const bySite = <T extends { readonly siteId: string }>(rows: readonly T[]): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.siteId);
    if (list) list.push(row);
    else map.set(row.siteId, [row]);
  }
  return map;
};

/**
 * The landing page of the acting organisation: the sites it may see with their state of protection, the
 * jobs still running, the records other organisations shared with it lately, and its latest changes.
 * Sites, analyses, plans and jobs are read through their services and the shares received through
 * `AccessService`, so each list is checked and audited like any other read of sensitive records (the
 * owner of a shared record it shows sees the read in its audit log).
 */
export class HomeService {
  constructor(
    private readonly repos: Pick<Repositories, 'audit'>,
    private readonly access: AccessService,
    private readonly sites: SiteService,
    private readonly threats: ThreatService,
    private readonly plans: ProtectionService,
    private readonly jobs: JobService,
  ) {}

  async home(actor: Actor, now: Date = new Date()): Promise<Home> {
    const viewer = requireRole(actor, 'viewer');
    const sites = await this.sites.list(actor);
    const siteIds = sites.map((s) => s.id);
    const analyses = await this.threats.listOfSites(actor, siteIds);
    const plans = await this.plans.listOfSites(actor, siteIds);
    const analysesOf = bySite(analyses);
    const plansOf = bySite(plans);
    const jobs = (await this.jobs.list(actor, { unfinished: true })).map((j) => ({
      id: j.id,
      kind: j.kind,
      status: j.status,
      progress: j.progress,
      createdAt: j.createdAt,
      record: j.record,
    }));

    const since = new Date(now.getTime() - HOME_SHARES_DAYS * DAY_MS);
    const sharesReceived = await this.access.sharesReceived(actor, since, HOME_LIST_LIMIT);
    const activity = await this.repos.audit.recentChanges(viewer.orgId, ACTIVITY_ACTIONS, ACTIVITY_KINDS, HOME_LIST_LIMIT);

    return {
      sites: sites.map((s) => siteState(s, analysesOf.get(s.id) ?? [], plansOf.get(s.id) ?? [])),
      jobs,
      sharesReceived,
      activity,
    };
  }
}
