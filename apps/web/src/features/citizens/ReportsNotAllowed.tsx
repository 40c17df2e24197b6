import type { MyMembership } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

/**
 * Said instead of the reports to a member whose role does not read them (reports are personal data: the
 * analysts, editors and administrators read them), without asking the API, which would refuse anyway.
 */
export function ReportsNotAllowed({ membership }: { membership: MyMembership }) {
  const { t } = useI18n();
  return (
    <article className="page narrow" aria-labelledby="reports-denied-title">
      <h1 id="reports-denied-title">{t('citizens.reports.title')}</h1>
      <p className="notice" data-testid="reports-not-allowed">
        {t('citizens.reports.notAllowed', { org: membership.orgName })}
      </p>
    </article>
  );
}
