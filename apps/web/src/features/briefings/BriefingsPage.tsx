import type { MyMembership } from '@pactesur/contracts';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { useResource } from '../../ui/useResource.ts';

function Briefings({ membership }: { membership: MyMembership }) {
  const { t, formatDate } = useI18n();
  const briefings = useResource(() => api.listBriefings(), membership.orgId);
  const canWrite = can(membership, 'briefing.create');
  return (
    <article className="page" aria-labelledby="briefings-title">
      <header className="page-header">
        <div>
          <h1 id="briefings-title">{t('briefings.title')}</h1>
          <p className="meta">{t('briefings.intro')}</p>
        </div>
        {canWrite && (
          <Link className="button button-primary" to={pathOf({ name: 'briefing-new' })}>
            {t('briefings.new')}
          </Link>
        )}
      </header>
      <ErrorMessage error={briefings.error} />
      {briefings.data?.length === 0 && <p className="hint">{t('briefings.empty')}</p>}
      {briefings.data && briefings.data.length > 0 && (
        <TableScroll>
          <table className="table" data-testid="briefings">
            <caption>{t('briefings.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('briefings.col.title')}</th>
                <th scope="col">{t('briefings.col.owner')}</th>
                <th scope="col">{t('briefings.col.access')}</th>
                <th scope="col">{t('briefings.col.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {briefings.data.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    <Link to={pathOf({ name: 'briefing', id: b.id })}>{b.title}</Link>
                  </th>
                  <td>{b.ownerOrgName}</td>
                  <td>
                    <span className={`badge badge-access-${b.access}`}>{t(`access.${b.access}`)}</span>
                  </td>
                  <td>{formatDate(b.updatedAt, 'date-time')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </article>
  );
}

/** Briefings the acting organisation owns or that are shared with it. */
export function BriefingsPage() {
  return <RequireOrg>{(m) => <Briefings key={m.orgId} membership={m} />}</RequireOrg>;
}
