import { ReportCategory, type MyMembership } from '@pactesur/contracts';
import { useState } from 'react';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { useResource } from '../../ui/useResource.ts';
import { ReportsNotAllowed } from './ReportsNotAllowed.tsx';
import { ReportsTable } from './ReportsTable.tsx';
import { NO_FILTERS, queryOf, type ReportFilters } from './reportFilters.ts';
import { STATUSES } from './reportStatus.ts';
import './citizens.css';

function Reports({ membership }: { membership: MyMembership }) {
  const { t } = useI18n();
  const [filters, filter] = useState<ReportFilters>(NO_FILTERS);
  const key = `${membership.orgId}|${filters.status}|${filters.category}`;
  const reports = useResource(() => api.listReports(queryOf(filters)), key);
  return (
    <article className="page" aria-labelledby="reports-title">
      <header className="page-header">
        <div>
          <h1 id="reports-title">{t('citizens.reports.title')}</h1>
          <p className="meta">{t('citizens.reports.intro', { org: membership.orgName })}</p>
        </div>
        {can(membership, 'citizens.manage') && (
          <Link className="button" to={pathOf({ name: 'citizen-settings' })}>
            {t('citizens.reports.settings')}
          </Link>
        )}
      </header>
      <div className="form-row toolbar report-filters" data-testid="report-filters">
        <SelectField
          label="citizens.filter.status"
          options={['', ...STATUSES]}
          optionName={(s) => (s ? t(`reportStatus.${s}`) : t('citizens.filter.any'))}
          value={filters.status}
          onChange={(status) => filter({ ...filters, status })}
        />
        <SelectField
          label="citizens.filter.category"
          options={['', ...ReportCategory.options]}
          optionName={(c) => (c ? t(`reportCategory.${c}`) : t('citizens.filter.any'))}
          value={filters.category}
          onChange={(category) => filter({ ...filters, category })}
        />
      </div>
      <ErrorMessage error={reports.error} />
      {reports.loading && !reports.data && <p className="loading">{t('app.loading')}</p>}
      {reports.data?.length === 0 && (
        <p className="empty">
          {filters.status || filters.category
            ? t('citizens.reports.noneFiltered')
            : t('citizens.reports.none')}
        </p>
      )}
      {reports.data && reports.data.length > 0 && <ReportsTable reports={reports.data} />}
      <p className="meta">
        <Link to={pathOf({ name: 'transparency' })}>{t('citizens.transparencyLink')}</Link>
      </p>
    </article>
  );
}

/** The reports the acting organisation received, filtered by status and category. */
export function ReportsPage() {
  return (
    <RequireOrg>
      {(m) =>
        can(m, 'report.read') ? (
          <Reports key={m.orgId} membership={m} />
        ) : (
          <ReportsNotAllowed membership={m} />
        )
      }
    </RequireOrg>
  );
}
