import { PracticeContent, type PracticeContentInput } from '@pactesur/contracts';

/** A sentence of `n` characters, for texts at and around the length thresholds. */
export const chars = (n: number, letter = 'a'): string => letter.repeat(n);

/**
 * A practice that meets every minimum criterion, written in French with an English translation and an
 * Italian machine translation of its summary; `change` replaces fields of it.
 */
export function practice(change: Partial<PracticeContentInput> = {}): PracticeContent {
  return PracticeContent.parse({
    title: {
      source: 'fr',
      texts: { fr: 'Barrières amovibles sur la Promenade', en: 'Removable barriers on the Promenade' },
    },
    summary: {
      source: 'fr',
      texts: { fr: 'Des barrières posées les jours de fête.', en: 'Barriers set up on festival days.' },
      machine: { it: 'Barriere installate nei giorni di festa.' },
    },
    city: 'Nice',
    country: 'FR',
    contact: 'Chef du service de la sécurité urbaine, Ville de Nice',
    problem: { source: 'fr', texts: { fr: `Les véhicules-béliers menacent la foule. ${chars(80, 'p')}` } },
    threats: ['vehicle-ramming'],
    placeTypes: ['promenade'],
    objectives: { source: 'fr', texts: { fr: 'Protéger les piétons.' } },
    method: { source: 'fr', texts: { fr: `Des blocs certifiés aux entrées. ${chars(130, 'm')}` } },
    functions: ['security-by-design'],
    costBand: '100k-1m',
    evaluation: 'outcome',
    results: { source: 'fr', texts: { fr: 'Aucune intrusion en deux saisons.' } },
    conditions: {
      source: 'fr',
      texts: { fr: `Un arrêté municipal et une équipe de pose. ${chars(70, 'c')}` },
    },
    ...change,
  });
}
