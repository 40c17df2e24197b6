import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { toggled } from './contentDraft.ts';
import { taxonomyName, type TaxonomyName } from './taxonomy.ts';

interface Props<T extends string> {
  readonly legend: MessageKey;
  readonly list: TaxonomyName;
  readonly options: readonly T[];
  readonly chosen: readonly T[];
  readonly onChange: (chosen: T[]) => void;
}

/** The names of one of the lists (threats, functions …) as tick boxes, any number of them chosen. */
export function NameChecks<T extends string>({ legend, list, options, chosen, onChange }: Props<T>) {
  const { t } = useI18n();
  return (
    <fieldset className="field practice-checks" data-list={list}>
      <legend>{t(legend)}</legend>
      <div className="practice-check-grid">
        {options.map((o) => (
          <label key={o} className="check">
            <input
              type="checkbox"
              value={o}
              checked={chosen.includes(o)}
              onChange={(e) => onChange(toggled(options, chosen, o, e.target.checked))}
            />
            <span>{taxonomyName(list, o, t)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
