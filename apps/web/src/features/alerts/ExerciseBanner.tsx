import { useI18n } from '../../i18n/useI18n.tsx';

/** The mark of an exercise alert, always on its page: it is not real and never reaches the public. */
export function ExerciseBanner() {
  const { t } = useI18n();
  return (
    <div className="exercise-banner" role="note" data-testid="exercise-banner">
      <strong>{t('alert.exerciseBanner')}</strong>
      <span>{t('alert.exerciseBannerHint')}</span>
    </div>
  );
}
