import type { MyMembership } from '@pactesur/contracts';
import { can } from '../../access/can.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { Link } from '../../ui/Link.tsx';
import { ApiKeysSection } from './ApiKeysSection.tsx';
import { CoverageSection } from './CoverageSection.tsx';
import './citizens.css';

function Settings({ membership }: { membership: MyMembership }) {
  const { t } = useI18n();
  return (
    <article className="page" aria-labelledby="citizen-settings-title">
      <p>
        <Link to={pathOf({ name: 'citizen-reports' })}>← {t('citizens.reports.title')}</Link>
      </p>
      <header className="page-header">
        <div>
          <h1 id="citizen-settings-title">{t('citizens.settings.title')}</h1>
          <p className="meta">{t('citizens.settings.intro', { org: membership.orgName })}</p>
        </div>
      </header>
      {can(membership, 'citizens.manage') ? (
        <>
          <CoverageSection membership={membership} />
          <ApiKeysSection membership={membership} />
        </>
      ) : (
        <p className="notice" data-testid="citizen-settings-not-allowed">
          {t('citizens.settings.notAllowed', { org: membership.orgName })}
        </p>
      )}
    </article>
  );
}

/** The acting organisation's coverage of reports and its Open311 API keys (its admins). */
export function CitizenSettingsPage() {
  return <RequireOrg>{(m) => <Settings key={m.orgId} membership={m} />}</RequireOrg>;
}
