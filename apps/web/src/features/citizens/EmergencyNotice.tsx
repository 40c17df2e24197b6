import { useI18n } from '../../i18n/useI18n.tsx';

/** What the reporting page is not: an emergency line (call 112), nor a live video of anyone. */
export function EmergencyNotice() {
  const { t } = useI18n();
  return (
    <div className="notice report-emergency" role="note" data-testid="report-emergency">
      <p>
        <strong>{t('citizens.emergency.title')}</strong> {t('citizens.emergency.call')}
      </p>
      <p>{t('citizens.emergency.noVideo')}</p>
    </div>
  );
}
