import type { EegRating } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

/**
 * A rating of the exercise evaluation guide as a badge: its letter (P, S, M, U) in its colour, its meaning
 * said to screen readers and shown on hover; no rating is said as such.
 */
export function RatingBadge({ rating }: { rating: EegRating | null }) {
  const { t } = useI18n();
  if (rating === null) return <span className="badge eeg-rating eeg-rating-none">{t('exerciseObservation.notRated')}</span>;
  const meaning = t(`eegRating.${rating}`);
  return (
    <span className={`badge eeg-rating eeg-rating-${rating}`} title={meaning}>
      <span aria-hidden="true">{rating}</span>
      <span className="visually-hidden">{t('exerciseObservation.ratingChoice', { letter: rating, meaning })}</span>
    </span>
  );
}
