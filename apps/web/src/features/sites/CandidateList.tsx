import type { SiteCandidate } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

interface Props {
  readonly candidates: readonly SiteCandidate[];
  /** The index of the chosen suggestion. */
  readonly selected: number | null;
  readonly onSelect: (index: number) => void;
}

/** The public spaces an extract suggests, as a group of radio buttons (name, category, area). */
export function CandidateList({ candidates, selected, onSelect }: Props) {
  const id = useId();
  const { t, formatArea } = useI18n();
  if (candidates.length === 0) return <p className="hint">{t('import.noSuggestions')}</p>;
  return (
    <fieldset className="candidates" data-testid="candidates">
      <legend className="visually-hidden">{t('import.suggestions')}</legend>
      <ul>
        {candidates.map((c, i) => (
          <li
            key={`${c.name}-${i}`}
            className={i === selected ? 'candidate candidate-selected' : 'candidate'}
          >
            <input
              type="radio"
              id={`${id}-${i}`}
              name={`${id}-candidate`}
              checked={i === selected}
              onChange={() => onSelect(i)}
            />
            <label htmlFor={`${id}-${i}`}>
              <span className="candidate-name">{c.name}</span>
              <span className="candidate-meta">
                {t(`siteCategory.${c.category}`)} · {formatArea(c.walkableAreaM2)}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
