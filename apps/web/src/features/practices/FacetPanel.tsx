import { FACET_NAMES, type FacetName, type PracticeResults } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { FacetGroup } from './FacetGroup.tsx';
import { facetLabel } from './facetLabel.ts';
import { facetValues } from './facetValues.ts';
import { chosenCount, chosenIn, type SearchState } from './searchQuery.ts';

interface Props {
  readonly search: SearchState;
  readonly facets: PracticeResults['facets'] | undefined;
  readonly onToggle: (facet: FacetName, value: string, on: boolean) => void;
  readonly onClear: () => void;
}

/**
 * The facets of the search (country, threat, type of place, function, type of solution, maturity,
 * evaluation, cost, language, year), each with the values found among the matching practices; a facet
 * with nothing to offer is left out.
 */
export function FacetPanel({ search, facets, onToggle, onClear }: Props) {
  const { t, countryName, locale } = useI18n();
  const words = { t, countryName, locale };
  const groups = FACET_NAMES.map((facet) => ({
    facet,
    values: facetValues(facet, facets?.[facet], chosenIn(search, facet)),
  })).filter((g) => g.values.length > 0);
  return (
    <aside className="practice-facets" aria-labelledby="practice-facets-title">
      <div className="section-header">
        <h2 id="practice-facets-title">{t('practices.facetsTitle')}</h2>
        {chosenCount(search) > 0 && (
          <button type="button" className="button-quiet" onClick={onClear}>
            {t('practices.clearFacets')}
          </button>
        )}
      </div>
      {groups.map(({ facet, values }) => (
        <FacetGroup
          key={facet}
          facet={facet}
          values={values}
          labelOf={(value) => facetLabel(facet, value, words)}
          onToggle={(value, on) => onToggle(facet, value, on)}
        />
      ))}
    </aside>
  );
}
