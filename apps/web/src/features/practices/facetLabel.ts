import type { FacetName } from '@pactesur/contracts';
import type { MessageKey } from '../../i18n/messages.ts';
import { languageLabel } from './languages.ts';
import { FACET_TAXONOMY, taxonomyName } from './taxonomy.ts';

/** What a facet's values are named with: the dictionary, the country names, the reader's language. */
export interface FacetWords {
  readonly t: (key: MessageKey) => string;
  readonly countryName: (code: string) => string;
  readonly locale: string;
}

/**
 * The words of a facet's value: a country or a language by its name in the reader's language, a year as
 * itself, any other by its translated name (a value the dictionaries do not know, as it is).
 *
 * @example facetLabel('place', 'promenade', words) // 'Promenade or seafront'
 */
export function facetLabel(facet: FacetName, value: string, words: FacetWords): string {
  if (facet === 'country') return words.countryName(value);
  if (facet === 'language') return languageLabel(value, words.locale);
  const list = FACET_TAXONOMY[facet];
  return list ? taxonomyName(list, value, words.t) : value;
}
