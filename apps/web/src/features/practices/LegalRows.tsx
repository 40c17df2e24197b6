import type { PracticeContent } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { LabelledField } from '../../ui/LabelledField.tsx';
import { CountrySelect } from './CountrySelect.tsx';

type Prerequisite = PracticeContent['legal'][number];

/** Most countries a practice gives legal prerequisites for (as the API takes). */
const MAX_ROWS = 30;

interface Props {
  readonly legal: readonly Prerequisite[];
  /** The country a new row starts with: the practice's own. */
  readonly country: string | null;
  readonly onChange: (legal: Prerequisite[]) => void;
}

/** The legal prerequisites of the practice, a country and its text a row, added and removed. */
export function LegalRows({ legal, country, onChange }: Props) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<Prerequisite>) =>
    onChange(legal.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <fieldset className="field practice-rows-field" data-testid="practice-legal">
      <legend>{t('practiceField.legal')}</legend>
      {legal.map((l, i) => (
        <div key={i} className="practice-row practice-legal-row">
          <CountrySelect
            label="practiceField.country"
            value={l.country}
            optional={false}
            onChange={(c) => c && set(i, { country: c })}
          />
          <LabelledField label="practiceField.legalText" className="field grow">
            {(id) => (
              <textarea
                id={id}
                rows={3}
                maxLength={5_000}
                value={l.text}
                onChange={(e) => set(i, { text: e.target.value })}
              />
            )}
          </LabelledField>
          <button
            type="button"
            className="button-quiet"
            aria-label={t('practiceEdit.removeRow', { n: i + 1 })}
            onClick={() => onChange(legal.filter((_, j) => j !== i))}
          >
            {t('practiceEdit.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        disabled={legal.length >= MAX_ROWS}
        onClick={() => onChange([...legal, { country: country ?? 'FR', text: '' }])}
      >
        {t('practiceEdit.addLegal')}
      </button>
    </fieldset>
  );
}
