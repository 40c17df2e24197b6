import type { ReportStatus } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { statusWords } from './reportStatus.ts';

/** A report's status as a badge in its tone. */
export function StatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useI18n();
  const words = statusWords(status);
  return (
    <span className={`badge badge-report-${words.tone}`} data-status={status} data-testid="report-status">
      {t(words.label)}
    </span>
  );
}
