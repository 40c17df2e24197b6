import type { FacetName } from '@pactesur/contracts';
import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { foldedValues, type FacetValue } from './facetValues.ts';

interface Props {
  readonly facet: FacetName;
  readonly values: readonly FacetValue[];
  /** The words of a value in the reader's language. */
  readonly labelOf: (value: string) => string;
  readonly onToggle: (value: string, on: boolean) => void;
}

/**
 * One facet of the search as tick boxes, each value with the number of practices it would give; ticking
 * several values of a facet finds the practices with any of them. Long lists are folded.
 */
export function FacetGroup({ facet, values, labelOf, onToggle }: Props) {
  const { t, formatCount } = useI18n();
  const [open, setOpen] = useState(false);
  const shown = open ? values : foldedValues(values);
  return (
    <fieldset className="practice-facet" data-testid="facet" data-facet={facet}>
      <legend>{t(`practiceFacet.${facet}`)}</legend>
      <ul>
        {shown.map((v) => (
          <li key={v.value}>
            <label className="check" data-testid="facet-value" data-value={v.value} data-count={v.count}>
              <input
                type="checkbox"
                checked={v.chosen}
                onChange={(e) => onToggle(v.value, e.target.checked)}
              />
              <span className="practice-facet-label">{labelOf(v.value)}</span>
              <span className="practice-facet-count">{formatCount(v.count)}</span>
            </label>
          </li>
        ))}
      </ul>
      {(open || shown.length < values.length) && (
        <button type="button" className="button-quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('practices.showFewerValues') : t('practices.showAllValues', { count: values.length })}
        </button>
      )}
    </fieldset>
  );
}
