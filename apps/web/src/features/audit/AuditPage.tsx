import { AuditAction, type MyMembership } from '@pactesur/contracts';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { AuditTable } from './AuditTable.tsx';
import { useAuditLog } from './useAuditLog.ts';

function Audit({ membership }: { membership: MyMembership }) {
  const id = useId();
  const { t } = useI18n();
  const [action, setAction] = useState<AuditAction | null>(null);
  const log = useAuditLog(membership.orgId, action);
  const csv = `/api/audit.csv${action ? `?action=${encodeURIComponent(action)}` : ''}`;
  return (
    <article className="page" aria-labelledby="audit-title">
      <header className="page-header">
        <div>
          <h1 id="audit-title">{t('audit.title')}</h1>
          <p className="meta">{t('audit.intro', { org: membership.orgName })}</p>
        </div>
        <div className="toolbar">
          <div className="field-inline">
            <label htmlFor={id}>{t('audit.filter')}</label>
            <select
              id={id}
              value={action ?? ''}
              onChange={(e) => setAction(e.target.value === '' ? null : AuditAction.parse(e.target.value))}
            >
              <option value="">{t('audit.allActions')}</option>
              {AuditAction.options.map((a) => (
                <option key={a} value={a}>
                  {t(`auditAction.${a}`)}
                </option>
              ))}
            </select>
          </div>
          <a className="button" href={csv} download>
            {t('audit.export')}
          </a>
        </div>
      </header>
      <ErrorMessage error={log.error} />
      {log.entries.length > 0 ? (
        <AuditTable entries={log.entries} />
      ) : (
        !log.loading && !log.error && <p className="hint">{t('audit.empty')}</p>
      )}
      <div className="pager">
        <span className="meta" aria-live="polite">
          {log.loading ? t('app.loading') : t('audit.count', { count: log.entries.length })}
        </span>
        {log.next !== null && (
          <button type="button" onClick={log.loadOlder} disabled={log.loading}>
            {t('audit.older')}
          </button>
        )}
      </div>
    </article>
  );
}

/** The audit log of the acting organisation (admins only; the API enforces it). */
export function AuditPage() {
  return <RequireOrg>{(m) => <Audit key={m.orgId} membership={m} />}</RequireOrg>;
}
