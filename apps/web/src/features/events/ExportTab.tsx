import type { EventRecord } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';

/**
 * The plan to take away: the Event Safety Management Plan as a PDF (watermarked with the reader's name)
 * and the calculations as CSV, in the interface language. Every export is recorded in the audit log.
 */
export function ExportTab({ event }: { event: EventRecord }) {
  const { t, locale } = useI18n();
  return (
    <section className="card" aria-labelledby="event-export-title" data-testid="event-export">
      <h2 id="event-export-title">{t('eventExport.title')}</h2>
      <p className="hint">{t('eventExport.hint')}</p>
      <ul className="export-links">
        <li>
          <a href={api.eventExportPath(event.id, 'pdf', locale)} data-testid="export-pdf" download>
            {t('eventExport.pdf')}
          </a>
          <span className="meta"> · {t('eventExport.pdfNote')}</span>
        </li>
        <li>
          <a href={api.eventExportPath(event.id, 'csv', locale)} data-testid="export-csv" download>
            {t('eventExport.csv')}
          </a>
          <span className="meta"> · {t('eventExport.csvNote')}</span>
        </li>
      </ul>
      <p className="meta">{t('eventExport.sensitive')}</p>
    </section>
  );
}
