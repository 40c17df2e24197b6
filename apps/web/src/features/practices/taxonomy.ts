import {
  Confidentiality,
  CostBand,
  EditorialState,
  EvaluationType,
  EventKind,
  Maturity,
  PlaceType,
  PracticeFunction,
  PracticeStatus,
  SolutionType,
  Threat,
  type FacetName,
} from '@pactesur/contracts';
import type { MessageKey } from '../../i18n/messages.ts';
import { practicesEn } from './i18n/en.ts';

/** The lists of names a practice is described with, each with the prefix of its words in the dictionaries. */
export const TAXONOMY = {
  threat: { prefix: 'practiceThreat', options: Threat.options },
  place: { prefix: 'practicePlace', options: PlaceType.options },
  eventType: { prefix: 'practiceEventType', options: EventKind.options },
  function: { prefix: 'practiceFunction', options: PracticeFunction.options },
  solution: { prefix: 'practiceSolution', options: SolutionType.options },
  evaluation: { prefix: 'practiceEvaluation', options: EvaluationType.options },
  cost: { prefix: 'practiceCost', options: CostBand.options },
  maturity: { prefix: 'practiceMaturity', options: Maturity.options },
  status: { prefix: 'practiceStatus', options: PracticeStatus.options },
  confidentiality: { prefix: 'practiceConfidentiality', options: Confidentiality.options },
  state: { prefix: 'practiceState', options: EditorialState.options },
} as const;

export type TaxonomyName = keyof typeof TAXONOMY;

/**
 * The dictionary key of a value of one of the lists (`practicePlace.promenade`), or null for a value the
 * dictionaries do not know (one added to the API since), shown then as it is.
 */
export function taxonomyKey(list: TaxonomyName, value: string): MessageKey | null {
  const key = `${TAXONOMY[list].prefix}.${value}`;
  return Object.hasOwn(practicesEn, key) ? (key as MessageKey) : null;
}

/** The words of a value of one of the lists, as the dictionaries translate it (a value they do not know, as it is). */
export function taxonomyName(list: TaxonomyName, value: string, t: (key: MessageKey) => string): string {
  const key = taxonomyKey(list, value);
  return key ? t(key) : value;
}

/** The list whose names a facet's values are, for the facets that are lists of names. */
export const FACET_TAXONOMY: Readonly<Partial<Record<FacetName, TaxonomyName>>> = {
  threat: 'threat',
  place: 'place',
  function: 'function',
  solution: 'solution',
  maturity: 'maturity',
  evaluation: 'evaluation',
  cost: 'cost',
};
