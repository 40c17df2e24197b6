import type { ExistingMeasure, IndicatorDetail } from '@pactesur/contracts';
import { newItemId } from './itemId.ts';

type BuiltDetail = Extract<IndicatorDetail, { key: 'built-measures' }>;

/** How a measure read from the indicator is worded (in the reader's language). */
export interface BuiltWords {
  readonly osm: (barrier: { readonly class: string; readonly count: number }) => string;
  readonly plan: (plan: { readonly measures: number; readonly costEur: number | null }) => string;
}

/**
 * The existing measures with those of one source (`osm`: one per barrier class on the site; `plan`: the
 * adopted protection plan) taken afresh from the built-measures indicator. Taking them again replaces
 * what the same source gave before, so a second click does not count the barriers twice; measures the
 * user wrote stay. Also the ids that went away (scenarios must forget them).
 */
export function withBuiltMeasures(
  existing: readonly ExistingMeasure[],
  detail: BuiltDetail,
  source: 'osm' | 'plan',
  words: BuiltWords,
  makeId: () => string = newItemId,
): { readonly measures: ExistingMeasure[]; readonly removed: ReadonlySet<string> } {
  const fresh: ExistingMeasure[] =
    source === 'osm'
      ? detail.osm
          .filter((b) => b.count > 0)
          .map((b) => ({ id: makeId(), kind: 'built', description: words.osm(b), source: 'osm' }))
      : detail.planMeasures === null || detail.planMeasures === 0
        ? []
        : [
            {
              id: makeId(),
              kind: 'built',
              description: words.plan({ measures: detail.planMeasures, costEur: detail.planCostEur }),
              source: 'plan',
            },
          ];
  const removed = new Set(existing.filter((m) => m.source === source).map((m) => m.id));
  return { measures: [...existing.filter((m) => m.source !== source), ...fresh], removed };
}
