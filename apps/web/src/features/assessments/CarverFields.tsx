import { CARVER_CRITERIA, type Carver } from '@pactesur/contracts';
import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { carverDraftOf, completeCarver, type CarverCriterion, type CarverDraft } from './carver.ts';
import { ScoreSelect } from './ScoreSelect.tsx';

interface Props {
  readonly carver: Carver | null;
  readonly readOnly: boolean;
  readonly onChange: (carver: Carver | null) => void;
}

/** CARVER + Shock: seven criteria from 1 to 10 and their total (7 to 70), or left empty. */
export function CarverFields({ carver, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const [scores, setScores] = useState<CarverDraft>(() => carverDraftOf(carver));
  const total = completeCarver(scores)?.total ?? null;
  const set = (criterion: CarverCriterion, value: number | null) => {
    const next = { ...scores, [criterion]: value };
    setScores(next);
    const full = completeCarver(next)?.carver ?? null;
    if (full !== null || carver !== null) onChange(full);
  };
  return (
    <section className="carver" aria-labelledby="carver-title" data-testid="carver">
      <h3 id="carver-title">{t('carver.title')}</h3>
      <p className="hint">{t('carver.intro')}</p>
      <fieldset className="step-fields carver-grid" disabled={readOnly}>
        {CARVER_CRITERIA.map((c) => (
          <ScoreSelect
            key={c}
            label={t(`carver.${c}`)}
            value={scores[c]}
            max={10}
            emptyLabel={t('common.none')}
            onChange={(v) => set(c, v)}
          />
        ))}
      </fieldset>
      <p className="strong" data-testid="carver-total">
        {total === null ? t('carver.incomplete') : t('carver.total', { total })}
      </p>
      {!readOnly && Object.values(scores).some((v) => v !== null) && (
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            setScores(carverDraftOf(null));
            onChange(null);
          }}
        >
          {t('carver.clear')}
        </button>
      )}
    </section>
  );
}
