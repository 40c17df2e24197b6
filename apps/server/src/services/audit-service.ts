import type { AuditEntry, AuditPage, AuditQuery } from '@pactesur/contracts';
import type { Repositories } from '../repositories/index.ts';
import type { AccessService } from './access-service.ts';
import { requireRole, type Actor } from './actor.ts';

const CSV_COLUMNS = [
  'id', 'at', 'userEmail', 'actorOrgName', 'action', 'recordKind', 'recordId', 'clientAddress', 'detail',
] as const satisfies readonly (keyof AuditEntry)[];

/** Quotes a CSV field (RFC 4180) and defuses spreadsheet formulas. */
export function csvField(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The audit log, browsed and exported by the admins of the acting organisation. */
export class AuditService {
  constructor(
    private readonly repos: Pick<Repositories, 'audit'>,
    private readonly access: AccessService,
  ) {}

  async list(actor: Actor, query: AuditQuery): Promise<AuditPage> {
    const admin = requireRole(actor, 'admin');
    const entries = await this.repos.audit.listForOrg(admin.orgId, query);
    const last = entries.at(-1);
    return { entries, next: entries.length === query.limit && last ? Number(last.id) : null };
  }

  /** Every matching entry as CSV (paged internally), itself audited as an export. */
  async csv(actor: Actor, query: AuditQuery): Promise<string> {
    const admin = requireRole(actor, 'admin');
    const lines = [CSV_COLUMNS.join(',')];
    let before: number | undefined = query.before;
    for (;;) {
      const page = await this.repos.audit.listForOrg(admin.orgId, { ...query, limit: 500, ...(before !== undefined && { before }) });
      for (const e of page) lines.push(CSV_COLUMNS.map((k) => csvField(e[k])).join(','));
      if (page.length < 500) break;
      before = Number(page.at(-1)?.id);
    }
    await this.access.audit(actor, 'export', { kind: 'audit-log', ownerOrgId: admin.orgId, detail: `${lines.length - 1} entries` });
    return lines.join('\r\n') + '\r\n';
  }
}
