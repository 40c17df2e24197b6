import type { AuditEntry } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { auditDetailText, recordKindName } from './auditText.ts';

/** Audit entries: who, for which organisation, what, on which record, when, from where. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, formatDate, formatBytes, formatCount } = useI18n();
  const none = t('common.none');
  return (
    <div className="table-scroll">
      <table className="table table-dense" data-testid="audit-entries">
        <caption>{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.col.at')}</th>
            <th scope="col">{t('audit.col.action')}</th>
            <th scope="col">{t('audit.col.user')}</th>
            <th scope="col">{t('audit.col.org')}</th>
            <th scope="col">{t('audit.col.record')}</th>
            <th scope="col">{t('audit.col.detail')}</th>
            <th scope="col">{t('audit.col.address')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-action={e.action}>
              <td className="nowrap">{formatDate(e.at, 'compact')}</td>
              <td>
                <span className={`badge badge-${e.action}`}>{t(`auditAction.${e.action}`)}</span>
              </td>
              <td>{e.userEmail ?? none}</td>
              <td>{e.actorOrgName ?? none}</td>
              <td>
                {e.recordKind ? recordKindName(t, e.recordKind) : none}
                {e.recordKind && e.recordId && <span className="mono"> {e.recordId.slice(0, 8)}</span>}
              </td>
              <td>{auditDetailText(t, { formatBytes, formatCount }, e) ?? none}</td>
              <td className="mono">{e.clientAddress ?? none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
