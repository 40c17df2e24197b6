import { useI18n } from '../../i18n/useI18n.tsx';
import { durationParts } from './durations.ts';

/** A duration of the report's metrics (`42 s`, `2 min 05 s`); the "none" mark when there is none. */
export function Duration({ seconds }: { seconds: number | null }) {
  const { t, locale } = useI18n();
  if (seconds === null) return <>{t('common.none')}</>;
  const p = durationParts(seconds, locale);
  return <>{p.minutes === null ? t('exerciseReport.seconds', { seconds: p.seconds }) : t('exerciseReport.minutes', { minutes: p.minutes, seconds: p.seconds })}</>;
}
