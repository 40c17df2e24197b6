import { useI18n } from '../../i18n/useI18n.tsx';

/** Says that someone else saved the practice in the meantime, and offers to reload their version. */
export function ConflictNotice({ onReload }: { onReload: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice practice-conflict" role="alert" data-testid="practice-conflict">
      <p>
        <strong>{t('practice.conflict')}</strong>
      </p>
      <p>{t('practice.conflictHint')}</p>
      <button type="button" onClick={onReload}>
        {t('practice.reload')}
      </button>
    </div>
  );
}
