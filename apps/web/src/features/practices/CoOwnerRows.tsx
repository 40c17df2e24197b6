import { MAX_NAME_LENGTH } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

/** Most other owners a practice names (as the API takes). */
const MAX_ROWS = 20;

interface Props {
  readonly names: readonly string[];
  readonly onChange: (names: string[]) => void;
}

/** The other organisations that own the practice, one name a line, added and removed. */
export function CoOwnerRows({ names, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  const set = (i: number, name: string) => onChange(names.map((n, j) => (j === i ? name : n)));
  return (
    <fieldset className="field practice-rows-field">
      <legend>{t('practiceField.coOwners')}</legend>
      <p className="hint">{t('practiceEdit.coOwnersHint')}</p>
      {names.map((name, i) => (
        <div key={i} className="practice-row">
          <input
            id={`${id}-${i}`}
            aria-label={`${t('practiceField.coOwners')} ${i + 1}`}
            maxLength={MAX_NAME_LENGTH}
            value={name}
            onChange={(e) => set(i, e.target.value)}
          />
          <button
            type="button"
            className="button-quiet"
            aria-label={t('practiceEdit.removeRow', { n: i + 1 })}
            onClick={() => onChange(names.filter((_, j) => j !== i))}
          >
            {t('practiceEdit.remove')}
          </button>
        </div>
      ))}
      <button type="button" disabled={names.length >= MAX_ROWS} onClick={() => onChange([...names, ''])}>
        {t('practiceEdit.addCoOwner')}
      </button>
    </fieldset>
  );
}
