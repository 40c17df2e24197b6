import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { useResource } from '../../ui/useResource.ts';
import { STATUSES } from './reportStatus.ts';
import './citizens.css';

/** Where developers find the categories of the Open311 GeoReport v2 interface. */
const OPEN311_SERVICES = '/open311/v2/services.json';

/** The data-protection impact assessment template of the reports, in the platform's documentation. */
const DPIA_TEMPLATE = 'docs/guides/dpia-citizen-reports.md';

/**
 * What happens to citizens' reports, for everyone: per category what it is for, how long it is kept,
 * whether the reporter may stay anonymous and how many reports came and are kept; how many were deleted
 * when their time was up, the photos received and faces blurred; the data-protection impact assessment
 * template, and the Open311 interface for developers.
 */
export function TransparencyPage() {
  const { t, formatCount } = useI18n();
  const data = useResource(() => api.citizenTransparency(), 'transparency');
  const d = data.data;
  const endpoint = new URL(OPEN311_SERVICES, window.location.origin).href;
  return (
    <article className="page citizens-transparency" aria-labelledby="transparency-title">
      <header className="page-header">
        <div>
          <p className="eyebrow">{t('citizens.report.eyebrow')}</p>
          <h1 id="transparency-title">{t('citizens.transparency.title')}</h1>
          <p className="lead">{t('citizens.transparency.intro')}</p>
        </div>
        <Link className="button button-primary" to={pathOf({ name: 'report', at: [] })}>
          {t('citizens.transparency.report')}
        </Link>
      </header>
      <ErrorMessage error={data.error} />
      {data.loading && !d && <p className="loading">{t('app.loading')}</p>}
      {d && (
        <>
          <TableScroll rows={d.categories.length}>
            <table className="table" data-testid="transparency-categories">
              <caption>{t('citizens.transparency.caption')}</caption>
              <TableHead
                columns={[
                  { label: 'citizens.transparency.category' },
                  { label: 'citizens.transparency.purpose' },
                  { label: 'citizens.transparency.retention', numeric: true },
                  { label: 'citizens.transparency.anonymous' },
                  { label: 'citizens.transparency.received', numeric: true },
                  ...STATUSES.map((s) => ({
                    label: `citizens.transparency.kept.${s}` as const,
                    numeric: true,
                  })),
                ]}
              />
              <tbody>
                {d.categories.map((c) => (
                  <tr key={c.category} data-category={c.category}>
                    <th scope="row">{t(`reportCategory.${c.category}`)}</th>
                    <td>{t(`reportPurpose.${c.category}`)}</td>
                    <td className="numeric">
                      {t('citizens.transparency.days', { days: formatCount(c.retentionDays) })}
                    </td>
                    <td>{c.anonymous ? t('common.yes') : t('common.no')}</td>
                    <td className="numeric" data-testid="received">
                      {formatCount(c.received)}
                    </td>
                    {STATUSES.map((s) => (
                      <td key={s} className="numeric" data-status={s}>
                        {formatCount(c.kept[s] ?? 0)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="hint">{t('citizens.transparency.retentionHint')}</p>
          <section className="card" aria-labelledby="transparency-year-title" data-testid="transparency-year">
            <h2 id="transparency-year-title">{t('citizens.transparency.year')}</h2>
            <dl className="details">
              <dt>{t('citizens.transparency.purged')}</dt>
              <dd data-testid="transparency-purged">{formatCount(d.purged)}</dd>
              <dt>{t('citizens.transparency.photos')}</dt>
              <dd data-testid="transparency-photos">{formatCount(d.photos)}</dd>
              <dt>{t('citizens.transparency.faces')}</dt>
              <dd data-testid="transparency-faces">{formatCount(d.facesBlurred)}</dd>
            </dl>
          </section>
        </>
      )}
      <section className="card" aria-labelledby="transparency-privacy-title">
        <h2 id="transparency-privacy-title">{t('citizens.transparency.privacy')}</h2>
        <ul>
          <li>{t('citizens.transparency.noVideo')}</li>
          <li>{t('citizens.transparency.photosBlurred')}</li>
          <li>{t('citizens.transparency.contactPrivate')}</li>
          <li>{t('citizens.transparency.purposeLimited')}</li>
        </ul>
        <p data-testid="transparency-dpia">
          {t('citizens.transparency.dpia')} <code>{DPIA_TEMPLATE}</code>
        </p>
      </section>
      <section className="card" aria-labelledby="transparency-dev-title">
        <h2 id="transparency-dev-title">{t('citizens.transparency.developers')}</h2>
        <p>{t('citizens.transparency.open311')}</p>
        <p>
          <a href={endpoint} className="mono" data-testid="open311-endpoint">
            {endpoint}
          </a>
        </p>
      </section>
    </article>
  );
}
