import type { MyMembership } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useResource } from '../../ui/useResource.ts';
import { EventWorkspace } from './EventWorkspace.tsx';
import './events.css';

function EventLoader({ id, membership }: { id: string; membership: MyMembership }) {
  const { t } = useI18n();
  const record = useResource(() => api.getEvent(id), `${id}:${membership.orgId}`);
  if (record.error || !record.data)
    return (
      <LoadingOrError
        back={
          <p>
            <Link to={pathOf({ name: 'events' })}>← {t('event.back')}</Link>
          </p>
        }
        error={record.error}
      />
    );
  return <EventWorkspace key={record.data.id} initial={record.data} membership={membership} />;
}

/** The plan of an event: read (recorded in the audit log), and with the right, drawn and worked on. */
export function EventPage({ id }: { id: string }) {
  return <RequireOrg>{(m) => <EventLoader key={m.orgId} id={id} membership={m} />}</RequireOrg>;
}
