import type { AuditEntry } from '@pactesur/contracts';
import { isMessageKey } from '../../i18n/messageKey.ts';
import type { Translate } from '../../i18n/useI18n.tsx';
import { jobKindName } from '../jobs/jobKindName.ts';

/** The kind of record an audit entry is about, in the interface language (an unknown kind as it is). */
export function recordKindName(t: Translate, kind: string): string {
  const key = `recordKind.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

const roleName = (t: Translate, role: string): string => {
  const key = `role.${role}`;
  return isMessageKey(key) ? t(key) : role;
};

const networkRoleName = (t: Translate, role: string): string => {
  const key = `networkRole.${role}`;
  return isMessageKey(key) ? t(key) : role;
};

const fieldNames = (t: Translate, list: string): string | null => {
  const fields = list.split(',');
  const names = fields.map((f) => `auditField.${f}`);
  return names.every(isMessageKey) ? names.map((k) => t(k)).join(', ') : null;
};

const FORMATS: Readonly<Record<string, string>> = { geojson: 'GeoJSON', csv: 'CSV', pdf: 'PDF' };

interface Formats {
  readonly formatBytes: (bytes: number) => string;
  readonly formatCount: (value: number) => string;
}

/**
 * The detail of an audit entry as a sentence in the interface language. The server stores details in
 * fixed forms (`list of 3 for site …`, `in a list`, `viewer -> editor`, `read to nice-police` …); each known form is
 * said through the dictionaries, and anything else — a record's own name, a file name — is shown as it is.
 */
export function auditDetailText(t: Translate, f: Formats, entry: Pick<AuditEntry, 'action' | 'recordKind' | 'detail'>): string | null {
  const d = entry.detail;
  if (d === null) return null;
  const m = (re: RegExp) => re.exec(d);
  const count = (s: string | undefined) => f.formatCount(Number(s));
  let r: RegExpExecArray | null;
  switch (entry.action) {
    case 'read':
      if ((r = m(/^list of (\d+) for site \S+$/))) return t('auditDetail.listForSite', { count: count(r[1]) });
      if ((r = m(/^list of (\d+)$/))) return t('auditDetail.list', { count: count(r[1]) });
      // Another organisation's read of one of ours, in the lists it was shown (the owner's log).
      if (d === 'in a list') return t('auditDetail.inList');
      if (m(/^in a list for site \S+$/)) return t('auditDetail.inListForSite');
      if (d === 'in the shares received') return t('auditDetail.inSharesReceived');
      break;
    case 'create':
      if (entry.recordKind === 'job') return jobKindName(t, d);
      if (d === 'demo data') return t('auditDetail.demoData');
      if (d === 'pactesur sites import') return t('auditDetail.commandLine');
      if ((r = m(/^(.*) \(site [0-9a-f-]{36}, re-optimised from [0-9a-f-]{36}\)$/s))) return t('auditDetail.reoptimised', { name: r[1] ?? '' });
      if ((r = m(/^(.*) \(site [0-9a-f-]{36}\)$/s))) return r[1] ?? '';
      if ((r = m(/^(.*), (\d+) bytes$/s))) return t('auditDetail.upload', { file: r[1] ?? '', size: f.formatBytes(Number(r[2])) });
      break;
    case 'update':
    case 'org-update': {
      if (d === 'cancel') return t('auditDetail.cancel');
      const fields = fieldNames(t, d);
      if (fields) return t('auditDetail.fields', { fields });
      break;
    }
    case 'invite':
      if ((r = m(/^(\S+) as (\w+)$/))) return t('auditDetail.invite', { email: r[1] ?? '', role: roleName(t, r[2] ?? '') });
      break;
    case 'join':
      if ((r = m(/^as (\w+)$/))) return t('auditDetail.join', { role: roleName(t, r[1] ?? '') });
      break;
    case 'role-change':
      if ((r = m(/^(\w+) -> (\w+)$/))) return t('auditDetail.roleChange', { from: roleName(t, r[1] ?? ''), to: roleName(t, r[2] ?? '') });
      break;
    case 'export':
      if (FORMATS[d]) return FORMATS[d];
      if ((r = m(/^(\d+) entries$/))) return t('auditDetail.entries', { count: count(r[1]) });
      break;
    case 'network-change':
      if (d === 'created') return t('auditDetail.networkCreated');
      if ((r = m(/^removed (\S+)$/))) return t('auditDetail.networkRemoved', { org: r[1] ?? '' });
      if ((r = m(/^(\S+) as ([\w-]+)$/))) return t('auditDetail.networkMember', { org: r[1] ?? '', role: networkRoleName(t, r[2] ?? '') });
      break;
    case 'access-denied':
      if (d === 'needed read') return t('auditDetail.neededRead');
      if (d === 'needed edit') return t('auditDetail.neededEdit');
      if (d === 'sharing needs the owner') return t('auditDetail.ownerOnly');
      if (d === 'only the owner deletes') return t('auditDetail.ownerDeletes');
      if (d === 'only the owner makes scenarios') return t('auditDetail.ownerScenarios');
      break;
    case 'share':
      if ((r = m(/^read to (\S+)$/))) return t('auditDetail.sharedRead', { org: r[1] ?? '' });
      if ((r = m(/^edit to (\S+)$/))) return t('auditDetail.sharedEdit', { org: r[1] ?? '' });
      break;
    case 'unshare':
      if ((r = m(/^from (\S+)$/))) return t('auditDetail.unshared', { org: r[1] ?? '' });
      break;
    case 'sign-out':
      if ((r = m(/^everywhere \((\d+) sessions\)$/))) return t('auditDetail.everywhere', { count: count(r[1]) });
      break;
    case 'delete':
    case 'member-remove':
    case 'sign-in':
    case 'sign-in-failed':
      break;
  }
  return d;
}
