import type { JobService } from '../jobs/job-service.ts';
import type { Repositories } from '../repositories/index.ts';
import { AccessService } from './access-service.ts';
import { AuditService } from './audit-service.ts';
import { AuthService } from './auth-service.ts';
import { BriefingService } from './briefing-service.ts';
import { ExtractService } from './extract-service.ts';
import { InvitationService } from './invitation-service.ts';
import { NetworkService } from './network-service.ts';
import { OrgService } from './org-service.ts';
import { SiteService } from './site-service.ts';
import { ThreatService } from './threat-service.ts';
import { CrowdService } from './crowd-service.ts';
import { ProtectionService } from './protection-service.ts';
import { HomeService } from './home-service.ts';

export interface ServiceOptions {
  readonly sessionTtlHours: number;
  /** The address users see, for links; null: the address each request came to. */
  readonly publicUrl: string | null;
}

/** The use cases that need nothing but the repositories (the job system is built on `access`). */
export function createCoreServices(repos: Repositories, options: ServiceOptions) {
  const access = new AccessService(repos);
  const orgs = new OrgService(repos, access);
  return {
    access,
    auth: new AuthService(repos, access, options.sessionTtlHours),
    orgs,
    invitations: new InvitationService(repos, access, orgs, options.publicUrl),
    networks: new NetworkService(repos, access),
    briefings: new BriefingService(repos, access),
    audit: new AuditService(repos, access),
  };
}
export type CoreServices = ReturnType<typeof createCoreServices>;

/** Every use case of the platform: the core ones, and those that start jobs. */
export function createServices(core: CoreServices, repos: Repositories, jobs: JobService) {
  const extracts = new ExtractService(repos, core.access, jobs);
  const sites = new SiteService(repos, core.access, extracts);
  const threats = new ThreatService(repos, core.access, jobs);
  const crowd = new CrowdService(repos, core.access, jobs);
  const plans = new ProtectionService(repos, core.access, jobs);
  const home = new HomeService(repos, core.access, sites, threats, plans, jobs);
  return { ...core, jobs, extracts, sites, threats, crowd, plans, home };
}
export type Services = ReturnType<typeof createServices>;
