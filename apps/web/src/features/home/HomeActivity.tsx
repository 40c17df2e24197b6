import type { HomeActivity as Entry } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { Link } from '../../ui/Link.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { auditDetailText, recordKindName } from '../audit/auditText.ts';
import { recordPath } from './recordPath.ts';

/** The latest changes in the organisation's audit log: when, who, what, and a link to the record. */
export function HomeActivity({ entries }: { entries: readonly Entry[] }) {
  const { t, formatDate, formatBytes, formatCount } = useI18n();
  const none = t('common.none');
  return (
    <section className="card home-panel" aria-labelledby="home-activity-title">
      <h2 id="home-activity-title">{t('home.activity.title')}</h2>
      {entries.length === 0 ? (
        <p className="hint">{t('home.activity.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table-dense" data-testid="home-activity">
            <caption className="visually-hidden">{t('home.activity.title')}</caption>
            <TableHead columns={[{ label: 'audit.col.at' }, { label: 'audit.col.user' }, { label: 'audit.col.action' }, { label: 'audit.col.record' }]} />
            <tbody>
              {entries.map((e) => {
                const kind = e.recordKind ? recordKindName(t, e.recordKind) : null;
                const to = e.recordKind && e.recordId ? recordPath(e.recordKind, e.recordId) : null;
                const detail = auditDetailText(t, { formatBytes, formatCount: (n) => formatCount(n) }, e);
                return (
                  <tr key={e.id} data-action={e.action}>
                    <td className="nowrap">{formatDate(e.at, 'compact')}</td>
                    <td className="home-who">{e.userEmail ?? none}</td>
                    <td>{t(`auditAction.${e.action}`)}</td>
                    <td>
                      {kind === null ? none : to ? <Link to={to}>{kind}</Link> : kind}
                      {detail && <span className="meta home-detail">{detail}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
