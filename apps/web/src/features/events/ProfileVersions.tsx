import type { EventProfile } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useResource } from '../../ui/useResource.ts';
import { ProfileConstantsTable } from './ProfileConstantsTable.tsx';

/** Every version of a profile, newest first, each read-only: the plans made with an older one keep it. */
export function ProfileVersions({ profile }: { profile: EventProfile }) {
  const { t, formatDate } = useI18n();
  const versions = useResource(
    () => (profile.id ? api.eventProfileVersions(profile.id) : Promise.resolve([profile])),
    `${profile.id ?? ''}:${profile.version}`,
  );
  const list = [...(versions.data ?? [])].sort((a, b) => b.version - a.version);
  return (
    <div className="profile-versions" data-testid="profile-versions">
      <ErrorMessage error={versions.error} />
      {versions.loading && !versions.data && <p className="loading">{t('app.loading')}</p>}
      <ol>
        {list.map((v) => (
          <li key={v.id ?? v.version} data-version={v.version}>
            <details>
              <summary>
                {t('eventProfiles.version', { version: v.version })}
                {v.createdAt && ` · ${formatDate(v.createdAt, 'date-time')}`}
                {v.createdByName && ` · ${v.createdByName}`}
                {v.superseded && ` · ${t('eventProfiles.superseded')}`}
              </summary>
              <ProfileConstantsTable profile={v} />
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
