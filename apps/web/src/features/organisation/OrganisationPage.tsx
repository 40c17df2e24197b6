import type { MyMembership, Organisation } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { OrganisationForm } from './OrganisationForm.tsx';

function OrganisationDetails({ org }: { org: Organisation }) {
  const { t, countryName } = useI18n();
  const rows: [string, string][] = [
    [t('org.slug'), org.slug],
    [t('org.kind'), t(`orgKind.${org.kind}`)],
    [t('org.country'), countryName(org.country)],
    [t('org.languages'), org.languages.join(', ') || t('common.none')],
    [
      t('org.location'),
      org.location ? `${org.location[1].toFixed(4)}, ${org.location[0].toFixed(4)}` : t('common.none'),
    ],
  ];
  return (
    <dl className="details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function OrganisationView({ membership }: { membership: MyMembership }) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const org = useResource(() => api.getOrg(membership.orgId), membership.orgId);
  const action = useAction();
  const [editing, setEditing] = useState(false);
  const isAdmin = membership.role === 'admin';

  if (org.error) return <ErrorMessage error={org.error} />;
  if (!org.data) return <p className="loading">{t('app.loading')}</p>;
  const current = org.data;
  return (
    <article className="page" aria-labelledby="org-title">
      <header className="page-header">
        <div>
          <p className="eyebrow">{t('org.title')}</p>
          <h1 id="org-title">{current.name}</h1>
          <p>
            <Link to={pathOf({ name: 'city', slug: current.slug })}>{t('awareness.ourPage')}</Link>
          </p>
        </div>
        {isAdmin && !editing && (
          <button type="button" onClick={() => setEditing(true)}>
            {t('org.edit')}
          </button>
        )}
      </header>
      <section className="card" aria-label={t('org.details')}>
        {editing ? (
          <OrganisationForm
            org={current}
            busy={action.busy}
            onCancel={() => setEditing(false)}
            onSave={(changes) =>
              void action.run(async () => {
                const saved = await api.updateOrg(current.id, changes);
                org.setData(() => saved);
                setEditing(false);
                announce(t('org.saved'));
              })
            }
          />
        ) : (
          <OrganisationDetails org={current} />
        )}
        <ErrorMessage error={action.error} />
        {!isAdmin && <p className="hint">{t('org.adminOnly')}</p>}
      </section>
    </article>
  );
}

/** The acting organisation's directory entry; admins edit it. */
export function OrganisationPage() {
  return <RequireOrg>{(m) => <OrganisationView key={m.orgId} membership={m} />}</RequireOrg>;
}
