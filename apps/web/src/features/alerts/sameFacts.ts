import type { AlertInfo } from '@pactesur/contracts';

/**
 * The facts every language of an alert must state alike (ALERTS.md, the city profile): a reader of the
 * French message and a reader of the English one are told the same hazard, the same area and the same end.
 * Only the words differ from one language to another.
 */
export const SAME_FACTS = ['categories', 'urgency', 'severity', 'certainty', 'responseTypes', 'expires', 'areas'] as const;
export type SameFact = (typeof SAME_FACTS)[number];

/**
 * A fact of one info in a form that compares: lists in a fixed order, the expiry as an instant (the same
 * moment written with two offsets is the same fact), areas by their geometry and description.
 */
export function factKey(info: AlertInfo, fact: SameFact): string {
  switch (fact) {
    case 'categories':
      return [...info.categories].sort().join(' ');
    case 'responseTypes':
      return [...info.responseTypes].sort().join(' ');
    case 'urgency':
    case 'severity':
    case 'certainty':
      return info[fact];
    case 'expires': {
      if (info.expires === null) return '';
      const at = Date.parse(info.expires);
      return Number.isNaN(at) ? info.expires : String(at);
    }
    case 'areas':
      return JSON.stringify(info.areas.map((a) => [a.polygons, a.circles]));
  }
}

/** The facts on which the infos do not all agree, in the order of {@link SAME_FACTS}. */
export function differingFacts(infos: readonly AlertInfo[]): SameFact[] {
  const [first, ...rest] = infos;
  if (!first) return [];
  return SAME_FACTS.filter((fact) => {
    const key = factKey(first, fact);
    return rest.some((info) => factKey(info, fact) !== key);
  });
}

/** The value of `fact` of `from`, copied into `to` (the areas keep `to`'s own descriptions where it has them). */
function copyFact(to: AlertInfo, from: AlertInfo, fact: SameFact): AlertInfo {
  if (fact !== 'areas') return { ...to, [fact]: from[fact] };
  return {
    ...to,
    areas: from.areas.map((area, i) => ({ ...area, areaDesc: to.areas[i]?.areaDesc || area.areaDesc })),
  };
}

/**
 * Every info with the given facts of the info at `from` (the others keep their words). An index out of
 * range changes nothing.
 *
 * @example copyFacts(infos, 0, ['expires']) // each language now expires when the first one does
 */
export function copyFacts(infos: readonly AlertInfo[], from: number, facts: readonly SameFact[] = SAME_FACTS): AlertInfo[] {
  const source = infos[from];
  if (!source) return [...infos];
  return infos.map((info, i) => (i === from ? info : facts.reduce((acc, fact) => copyFact(acc, source, fact), info)));
}

/** The same areas given to every info: where an alert applies is one fact for all its languages. */
export const withAreas = (infos: readonly AlertInfo[], areas: AlertInfo['areas']): AlertInfo[] =>
  infos.map((info) => ({ ...info, areas: areas.map((a) => ({ ...a })) }));
