import type { JobSystem } from '../jobs/index.ts';
import { createModuleServices } from '../modules/index.ts';
import type { ModuleDeps } from '../modules/module.ts';
import type { Repositories } from '../repositories/index.ts';
import { AccessService } from './access-service.ts';
import { AuditService } from './audit-service.ts';
import { AuthService } from './auth-service.ts';
import { CrowdService } from './crowd-service.ts';
import { ExtractService } from './extract-service.ts';
import { HomeService } from './home-service.ts';
import { InvitationService } from './invitation-service.ts';
import { JobRecords } from './job-records.ts';
import { JobService } from './job-service.ts';
import { NetworkService } from './network-service.ts';
import { NotificationService } from './notification-service.ts';
import { OrgService } from './org-service.ts';
import { ProtectionService } from './protection-service.ts';
import { SiteService } from './site-service.ts';
import { ThreatService } from './threat-service.ts';
import { WebhookService } from './webhook-service.ts';
import type { OutboxSystem } from '../outbox/index.ts';

export interface ServiceOptions {
  readonly sessionTtlHours: number;
  /** The address users see, for links: `PUBLIC_URL`, else the server's own `http://HOST:PORT` (never a request's Host). */
  readonly publicUrl: string;
}

/**
 * Every use case of the platform, each given the repositories it uses (and no other) and, for those that
 * start jobs, the job engine under them.
 */
export function createServices(
  repos: Repositories,
  engine: Pick<JobSystem, 'repository' | 'queue' | 'settings'>,
  options: ServiceOptions,
  outbox: Pick<OutboxSystem, 'webhooks' | 'deliveries' | 'allowPrivate'>,
  /** What the modules get beside: the database (for their own repositories), the outbox, the live channels. */
  modules: Pick<ModuleDeps, 'db' | 'outbox' | 'live' | 'files'>,
) {
  const access = new AccessService(repos);
  const orgs = new OrgService(repos, access);
  const jobs = new JobService(engine.repository, repos.records, access, engine.queue, engine.settings.maxAttempts);
  const records = new JobRecords(access, jobs, repos.records);
  const extracts = new ExtractService(repos, access, records);
  const sites = new SiteService(repos, access, extracts);
  const threats = new ThreatService(repos, access, records);
  const crowd = new CrowdService(repos, access, records);
  const plans = new ProtectionService(repos, access, records);
  const notifications = new NotificationService(repos, modules.live);
  return {
    ...createModuleServices({ ...modules, access, notifications, jobRecords: records, core: { sites, threats, crowd, plans }, publicUrl: options.publicUrl }),
    notifications,
    access,
    auth: new AuthService(repos, access, options.sessionTtlHours),
    orgs,
    invitations: new InvitationService(repos, access, orgs, options.publicUrl),
    networks: new NetworkService(repos, access),
    audit: new AuditService(repos, access),
    jobs,
    extracts,
    sites,
    threats,
    crowd,
    plans,
    home: new HomeService(repos, access, sites, threats, plans, jobs),
    webhooks: new WebhookService(access, outbox),
  };
}
export type Services = ReturnType<typeof createServices>;
