import { MAX_NAME_LENGTH, type PracticeContent } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

type Partner = PracticeContent['partners'][number];

/** Most partners a practice names (as the API takes). */
const MAX_ROWS = 50;

interface Props {
  readonly partners: readonly Partner[];
  readonly onChange: (partners: Partner[]) => void;
}

/** The partners of the intervention and their roles, a row each, added and removed. */
export function PartnerRows({ partners, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  const set = (i: number, patch: Partial<Partner>) =>
    onChange(partners.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <fieldset className="field practice-rows-field" data-testid="practice-partners">
      <legend>{t('practiceField.partners')}</legend>
      {partners.map((p, i) => (
        <div key={i} className="practice-row">
          <div className="field">
            <label htmlFor={`${id}-${i}-name`}>{t('practiceField.partnerName')}</label>
            <input
              id={`${id}-${i}-name`}
              maxLength={MAX_NAME_LENGTH}
              value={p.name}
              onChange={(e) => set(i, { name: e.target.value })}
            />
          </div>
          <div className="field grow">
            <label htmlFor={`${id}-${i}-role`}>{t('practiceField.partnerRole')}</label>
            <input
              id={`${id}-${i}-role`}
              maxLength={MAX_NAME_LENGTH}
              value={p.role}
              onChange={(e) => set(i, { role: e.target.value })}
            />
          </div>
          <button
            type="button"
            className="button-quiet"
            aria-label={t('practiceEdit.removeRow', { n: i + 1 })}
            onClick={() => onChange(partners.filter((_, j) => j !== i))}
          >
            {t('practiceEdit.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        disabled={partners.length >= MAX_ROWS}
        onClick={() => onChange([...partners, { name: '', role: '' }])}
      >
        {t('practiceEdit.addPartner')}
      </button>
    </fieldset>
  );
}
