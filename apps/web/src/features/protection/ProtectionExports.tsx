import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';

const FORMATS = [
  { format: 'geojson', label: 'GeoJSON' },
  { format: 'csv', label: 'CSV' },
  { format: 'pdf', label: 'PDF' },
] as const;

/** Download links of a plan: GeoJSON (lines and zone), CSV bill of quantities, PDF report. */
export function ProtectionExports({ id }: { id: string }) {
  const { t, locale } = useI18n();
  return (
    <section className="card" aria-labelledby="protection-export-title">
      <h2 id="protection-export-title">{t('threat.exportTitle')}</h2>
      <p className="hint">{t('protection.exportHint')}</p>
      <div className="actions">
        {FORMATS.map(({ format, label }) => (
          <a
            key={format}
            className="button"
            href={api.protectionExportPath(id, format, locale)}
            download
            data-testid={`export-${format}`}
          >
            {t(`protection.export.${format}`, { format: label })}
          </a>
        ))}
      </div>
    </section>
  );
}
