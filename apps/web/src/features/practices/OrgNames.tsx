import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { useResource } from '../../ui/useResource.ts';

/**
 * The names of organisations given by id (those a restricted practice is shared with), read from the
 * directory; an id the directory does not give is shown as it is.
 */
export function OrgNames({ ids }: { ids: readonly string[] }) {
  const { t } = useI18n();
  const orgs = useResource(() => api.listOrgs(), 'orgs');
  if (orgs.loading && !orgs.data) return <span className="loading">{t('app.loading')}</span>;
  const byId = new Map((orgs.data ?? []).map((o) => [o.id, o.name]));
  return (
    <ul className="practice-names">
      {ids.map((id) => (
        <li key={id} className="tag">
          {byId.get(id) ?? id}
        </li>
      ))}
    </ul>
  );
}
