import type { EegRating } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { EEG_RATINGS } from './ratings.ts';

interface Props {
  readonly value: EegRating | null;
  readonly onChange: (rating: EegRating) => void;
}

/** The rating of an observation: P, S, M or U, each with its meaning spelled out beside it. */
export function RatingChoice({ value, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  return (
    <fieldset className="eeg-rating-choice" data-testid="rating-choice">
      <legend>{t('exerciseObservation.rating')}</legend>
      {EEG_RATINGS.map((r) => (
        <div className="field-inline" key={r}>
          <input id={`${id}-${r}`} type="radio" name={`${id}-rating`} value={r} checked={value === r} onChange={() => onChange(r)} />
          <label htmlFor={`${id}-${r}`}>
            <span className={`badge eeg-rating eeg-rating-${r}`}>{r}</span> {t(`eegRating.${r}`)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
