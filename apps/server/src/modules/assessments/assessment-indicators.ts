import { builtMeasures, crowdExposure, vehicleIndicators } from '@pactesur/assessment';
import type {
  Indicator,
  IndicatorKey,
  IndicatorOverride,
  IndicatorSource,
  IndicatorSourceKind,
  Site,
  ThreatResult,
} from '@pactesur/contracts';
import { z } from 'zod';
import type { SourceState } from './assessment-repository.ts';

/** An indicator as stored: what was computed, from which sources, and when (staleness is read at each view). */
export type StoredIndicator = Omit<Indicator, 'stale' | 'staleBecause' | 'override'>;

/** What an indicator is computed from: when one of these changes, it is stale. */
const DEPENDS: Readonly<Record<IndicatorKey, readonly IndicatorSourceKind[]>> = {
  'vehicle-accessibility': ['threat-analysis'],
  'vehicle-energy': ['threat-analysis'],
  'crowd-exposure': ['site', 'crowd-simulation'],
  'built-measures': ['extract', 'protection-plan'],
};

/** The newest ready records of a site, as read through the core's use cases for a computation. */
export interface IndicatorInputs {
  readonly site: Site;
  readonly threat: {
    readonly id: string;
    readonly name: string;
    readonly createdAt: string;
    readonly result: ThreatResult;
  } | null;
  readonly crowd: {
    readonly id: string;
    readonly name: string;
    readonly createdAt: string;
    readonly peakDensity: number;
    readonly people: number;
  } | null;
  readonly plan: {
    readonly id: string;
    readonly name: string;
    readonly createdAt: string;
    readonly measures: number;
    readonly costEur: number;
  } | null;
  /** The barriers of the site's extract (features of its map layers, layer `barrier`). */
  readonly barriers: readonly {
    readonly class: string;
    readonly geometry: { readonly type: string; readonly coordinates: unknown };
  }[];
}

/** Computes every indicator from the site's newest records. */
export function computeIndicators(inputs: IndicatorInputs, now: Date): StoredIndicator[] {
  const computedAt = now.toISOString();
  const { site, threat, crowd, plan } = inputs;
  const threatSources: IndicatorSource[] = threat
    ? [{ kind: 'threat-analysis', id: threat.id, name: threat.name, at: threat.createdAt }]
    : [];
  const vehicle = threat ? vehicleIndicators(threat.result) : null;
  const exposure = crowdExposure({
    areaM2: site.walkableAreaM2,
    typicalOccupancy: site.typicalOccupancy,
    eventOccupancy: site.eventOccupancy,
    peakDensity: crowd?.peakDensity ?? null,
    simulatedPeople: crowd?.people ?? null,
  });
  const built = builtMeasures({
    outline: site.outline,
    barriers: inputs.barriers,
    plan: plan ? { measures: plan.measures, costEur: plan.costEur } : null,
  });
  return [
    {
      key: 'vehicle-accessibility',
      value: vehicle?.accessibility.value ?? null,
      unit: 'share',
      detail: vehicle?.accessibility.detail ?? null,
      sources: threatSources,
      computedAt,
    },
    {
      key: 'vehicle-energy',
      value: vehicle?.energy.value ?? null,
      unit: 'kJ',
      detail: vehicle?.energy.detail ?? null,
      sources: threatSources,
      computedAt,
    },
    {
      key: 'crowd-exposure',
      value: exposure.value,
      unit: 'people',
      detail: exposure.detail,
      sources: [
        { kind: 'site', id: site.id, name: site.name, at: site.updatedAt },
        ...(crowd
          ? [{ kind: 'crowd-simulation' as const, id: crowd.id, name: crowd.name, at: crowd.createdAt }]
          : []),
      ],
      computedAt,
    },
    {
      key: 'built-measures',
      value: built.value,
      unit: 'count',
      detail: built.detail,
      sources: [
        ...(site.extractId
          ? [
              {
                kind: 'extract' as const,
                id: site.extractId,
                name: site.extractFilename ?? '',
                at: site.extractDataDate ?? site.createdAt,
              },
            ]
          : []),
        ...(plan
          ? [{ kind: 'protection-plan' as const, id: plan.id, name: plan.name, at: plan.createdAt }]
          : []),
      ],
      computedAt,
    },
  ];
}

/** The current record of one source kind, as the staleness check sees it (null: none). */
function currentOf(kind: IndicatorSourceKind, state: SourceState, siteId: string): string | null {
  switch (kind) {
    case 'threat-analysis':
      return state.threat?.id ?? null;
    case 'crowd-simulation':
      return state.crowd?.id ?? null;
    case 'protection-plan':
      return state.plan?.id ?? null;
    case 'site':
      return state.site ? siteId : null;
    case 'extract':
      return state.site?.extractId ?? null;
  }
}

/**
 * Why an indicator no longer holds, if it does not: a source was deleted, a newer one is ready (an analysis
 * run again, a simulation or a verified plan made since), or the site changed (its outline, occupancy or
 * extract).
 */
export function staleness(
  stored: StoredIndicator,
  state: SourceState,
  siteId: string,
): Indicator['staleBecause'] {
  let because: Indicator['staleBecause'] = null;
  for (const kind of DEPENDS[stored.key]) {
    const source = stored.sources.find((s) => s.kind === kind) ?? null;
    const current = currentOf(kind, state, siteId);
    if (source && !state.existing.has(source.id)) return 'deleted';
    if (kind === 'site') {
      if (source && state.site && state.site.updatedAt > source.at) because ??= 'changed';
    } else if (kind === 'extract') {
      if ((source?.id ?? null) !== current) because ??= 'changed';
    } else if ((source?.id ?? null) !== current) {
      because = current === null ? (because ?? 'changed') : 'newer';
    }
  }
  return because;
}

/** The ids of every source the indicators name (to ask which still exist). */
export function sourceIds(stored: readonly StoredIndicator[]): string[] {
  return [...new Set(stored.flatMap((i) => i.sources.map((s) => s.id)))];
}

/** The indicators as shown: with their staleness and the user's overrides. */
export function shownIndicators(
  stored: readonly StoredIndicator[],
  overrides: Readonly<Partial<Record<IndicatorKey, IndicatorOverride>>>,
  state: SourceState,
  siteId: string,
): Indicator[] {
  return stored.map((i) => {
    const because = staleness(i, state, siteId);
    return { ...i, stale: because !== null, staleBecause: because, override: overrides[i.key] ?? null };
  });
}

/** Stored indicators and overrides as read back (written by this module, checked all the same). */
const StoredIndicators = z.array(
  z.custom<StoredIndicator>((v) => typeof v === 'object' && v !== null && 'key' in v && 'sources' in v),
);
const StoredOverrides = z.record(
  z.string(),
  z.custom<IndicatorOverride>((v) => typeof v === 'object' && v !== null && 'reason' in v),
);

export function readIndicators(value: unknown): StoredIndicator[] {
  return StoredIndicators.catch([]).parse(value);
}

export function readOverrides(value: unknown): Partial<Record<IndicatorKey, IndicatorOverride>> {
  return StoredOverrides.catch({}).parse(value);
}
