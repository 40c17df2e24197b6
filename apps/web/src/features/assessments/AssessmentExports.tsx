import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';

/** Download links of an assessment: the PDF report (watermarked with the reader) and the register as CSV. */
export function AssessmentExports({ id }: { id: string }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="assessment-exports-title">
      <h3 id="assessment-exports-title">{t('results.exports')}</h3>
      <div className="actions">
        <a
          className="button"
          href={api.assessmentExportPath(id, 'pdf', locale)}
          download
          data-testid="export-pdf"
        >
          {t('results.exportPdf')}
        </a>
        <a
          className="button"
          href={api.assessmentExportPath(id, 'csv', locale)}
          download
          data-testid="export-csv"
        >
          {t('results.exportCsv')}
        </a>
      </div>
      <p className="hint">{t('results.watermark')}</p>
    </section>
  );
}
