import type { EventProfile, MyMembership } from '@pactesur/contracts';
import { useState } from 'react';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { ProfileConstantsTable } from './ProfileConstantsTable.tsx';
import { ProfileEditor } from './ProfileEditor.tsx';
import { ProfileVersions } from './ProfileVersions.tsx';
import './events.css';

type Editing =
  | { readonly kind: 'new'; readonly from: EventProfile }
  | { readonly kind: 'edit'; readonly from: EventProfile }
  | null;

function Profiles({ membership }: { membership: MyMembership }) {
  const { t, countryName } = useI18n();
  const { announce } = useStatus();
  const profiles = useResource(() => api.listEventProfiles(), membership.orgId);
  const [editing, setEditing] = useState<Editing>(null);
  const [versionsOf, setVersionsOf] = useState<string | null>(null);
  const mayEdit = can(membership, 'event.profiles');
  const list = profiles.data ?? [];
  const builtIn = list.find((p) => p.id === null) ?? list[0];
  const saved = (p: EventProfile) => {
    setEditing(null);
    profiles.reload();
    announce(t('eventProfiles.saved', { name: p.name, version: p.version }));
  };

  return (
    <article className="page" aria-labelledby="profiles-title">
      <p>
        <Link to={pathOf({ name: 'events' })}>← {t('event.back')}</Link>
      </p>
      <header className="page-header">
        <div>
          <h1 id="profiles-title">{t('eventProfiles.title')}</h1>
          <p className="lead">{t('eventProfiles.intro')}</p>
        </div>
        {mayEdit && builtIn && editing === null && (
          <button
            type="button"
            className="button-primary"
            onClick={() => setEditing({ kind: 'new', from: builtIn })}
          >
            {t('eventProfiles.new')}
          </button>
        )}
      </header>
      <ErrorMessage error={profiles.error} />
      {profiles.loading && !profiles.data && <p className="loading">{t('app.loading')}</p>}
      {editing?.kind === 'new' && (
        <section className="card">
          <ProfileEditor from={editing.from} isNew onSaved={saved} onCancel={() => setEditing(null)} />
        </section>
      )}
      {list.map((p) => {
        const key = p.id ?? 'built-in';
        const own = p.ownerOrgId === membership.orgId;
        return (
          <section
            key={key}
            className="card"
            aria-labelledby={`profile-${key}`}
            data-testid="event-profile-card"
            data-profile-id={p.id ?? ''}
          >
            <h2 id={`profile-${key}`}>{p.name}</h2>
            <p className="meta">
              {countryName(p.country)} · {t('eventProfiles.version', { version: p.version })}
              {p.id === null && ` · ${t('eventProfiles.builtIn')}`}
            </p>
            {editing?.kind === 'edit' && editing.from.id === p.id ? (
              <ProfileEditor from={p} isNew={false} onSaved={saved} onCancel={() => setEditing(null)} />
            ) : (
              <ProfileConstantsTable profile={p} />
            )}
            <div className="actions">
              {mayEdit && own && editing === null && (
                <button type="button" onClick={() => setEditing({ kind: 'edit', from: p })}>
                  {t('eventProfiles.edit')}
                </button>
              )}
              {mayEdit && editing === null && (
                <button type="button" onClick={() => setEditing({ kind: 'new', from: p })}>
                  {t('eventProfiles.copy')}
                </button>
              )}
              {p.id !== null && (
                <button
                  type="button"
                  aria-expanded={versionsOf === p.id}
                  onClick={() => setVersionsOf(versionsOf === p.id ? null : p.id)}
                >
                  {t('eventProfiles.versions')}
                </button>
              )}
            </div>
            {p.id !== null && versionsOf === p.id && <ProfileVersions profile={p} />}
          </section>
        );
      })}
    </article>
  );
}

/**
 * The jurisdictions' profiles of constants (EVENTS.md: every constant differs between countries): the
 * built-in UK Green Guide and the organisation's own, each constant with its source; a change makes a new
 * version, the old ones listed read-only.
 */
export function ProfilesPage() {
  return <RequireOrg>{(m) => <Profiles key={m.orgId} membership={m} />}</RequireOrg>;
}
