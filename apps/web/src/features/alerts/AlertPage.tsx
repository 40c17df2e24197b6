import type { MyMembership } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useResource } from '../../ui/useResource.ts';
import { AlertComposer } from './AlertComposer.tsx';
import './alerts.css';

function AlertLoader({ id, membership }: { id: string; membership: MyMembership }) {
  const { t } = useI18n();
  const record = useResource(() => api.getAlert(id), `${id}:${membership.orgId}`);
  if (record.error || !record.data)
    return (
      <LoadingOrError
        back={
          <p>
            <Link to={pathOf({ name: 'alerts' })}>← {t('alert.back')}</Link>
          </p>
        }
        error={record.error}
      />
    );
  return <AlertComposer key={record.data.id} initial={record.data} membership={membership} />;
}

/** A public alert: composed while a draft, read-only after, with its workflow and history. */
export function AlertPage({ id }: { id: string }) {
  return <RequireOrg>{(m) => <AlertLoader key={m.orgId} id={id} membership={m} />}</RequireOrg>;
}
