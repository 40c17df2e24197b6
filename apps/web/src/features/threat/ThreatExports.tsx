import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';

/** Download links: GeoJSON (perimeter points and worst paths) and CSV (one row per entry), for a class or all. */
export function ThreatExports({
  id,
  classId,
  className,
}: {
  id: string;
  classId: string;
  className: string;
}) {
  const { t } = useI18n();
  const link = (format: 'geojson' | 'csv', forClass: boolean) => (
    <a
      className="button"
      href={api.threatExportPath(id, format, forClass ? classId : undefined)}
      download
      aria-label={t('threat.exportLink', {
        format: format === 'geojson' ? 'GeoJSON' : 'CSV',
        scope: forClass ? className : t('threat.exportAllClasses'),
      })}
      data-testid={`export-${format}-${forClass ? 'class' : 'all'}`}
    >
      {format === 'geojson' ? 'GeoJSON' : 'CSV'}
    </a>
  );
  return (
    <section className="card" aria-labelledby="threat-export-title">
      <h2 id="threat-export-title">{t('threat.exportTitle')}</h2>
      <p className="hint">{t('threat.exportHint')}</p>
      <dl className="exports">
        <div>
          <dt>{t('threat.exportClass', { class: className })}</dt>
          <dd className="actions">
            {link('geojson', true)}
            {link('csv', true)}
          </dd>
        </div>
        <div>
          <dt>{t('threat.exportAll')}</dt>
          <dd className="actions">
            {link('geojson', false)}
            {link('csv', false)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
