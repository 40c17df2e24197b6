import type { Db } from '../db/connect.ts';
import type { FileStore } from '../files/file-store.ts';
import { RecordStore } from '../records/record-store.ts';
import { AuditLogRepository } from './audit-log.ts';
import { ExtractRepository } from './extracts.ts';
import { HealthRepository } from './health.ts';
import { SiteRepository } from './sites.ts';
import { StoredFilesRepository } from './stored-files.ts';
import { ThreatAnalysisRepository } from './threat-analyses.ts';
import { CrowdSimulationRepository } from './crowd-simulations.ts';
import { ProtectionPlanRepository } from './protection-plans.ts';
import { InvitationRepository } from './invitations.ts';
import { MembershipRepository } from './memberships.ts';
import { NetworkRepository } from './networks.ts';
import { NotificationRepository } from './notifications.ts';
import { OrganisationRepository } from './organisations.ts';
import { SessionRepository } from './sessions.ts';
import { ShareRepository } from './shares.ts';
import { SignInAttemptRepository } from './sign-in-attempts.ts';
import { UserRepository } from './users.ts';

/** Every repository over one database and its file store: the only code that touches them. */
export function createRepositories(db: Db, files: FileStore) {
  return {
    orgs: new OrganisationRepository(db),
    users: new UserRepository(db),
    memberships: new MembershipRepository(db),
    sessions: new SessionRepository(db),
    invitations: new InvitationRepository(db),
    networks: new NetworkRepository(db),
    shares: new ShareRepository(db),
    audit: new AuditLogRepository(db),
    signInAttempts: new SignInAttemptRepository(db),
    extracts: new ExtractRepository(db, files),
    sites: new SiteRepository(db),
    threats: new ThreatAnalysisRepository(db),
    crowd: new CrowdSimulationRepository(db),
    plans: new ProtectionPlanRepository(db),
    records: new RecordStore(db),
    health: new HealthRepository(db),
    storedFiles: new StoredFilesRepository(db, files),
    notifications: new NotificationRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
