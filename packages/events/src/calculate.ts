import {
  ExitKind,
  type EventCalculations,
  type EventPlan,
  type Figure,
  type ProfileConstant,
  type ProfileConstants,
} from '@pactesur/contracts';
import { capacity, largestExitIndex, round2, type Flows } from './capacity.ts';
import { featureLabel, num, sumOfTerms } from './format.ts';
import { fruinLevel } from './fruin.ts';
import {
  featureAreaM2,
  featuresOf,
  flowsOf,
  isCounted,
  zonesOf,
  type ExitFeature,
  type StructureFeature,
  type ZoneFeature,
} from './plan-parts.ts';
import { CONSTANT_NAMES, effectiveConstants, effectiveSources } from './profile.ts';
import { planWarnings } from './warnings.ts';

/** The figures of a plan's calculation, in the order they are shown. */
export const FIGURE_KEYS = [
  'grossAreaM2',
  'structuresM2',
  'noViewM2',
  'usableAreaM2',
  'holdingCapacity',
  'exitCapacity',
  'exitCapacityWithoutLargest',
  'safeCapacity',
  'ingressMinutes',
  'egressMinutes',
  'egressMinutesAtHolding',
  'peakDensity',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** What the area figures are measured on. */
export const SITE_PLAN_SOURCE = 'Site plan (areas measured on a local projection)';

const EXIT_KINDS_ORDER = ExitKind.options;
const KIND_WORDS: Record<ExitKind, string> = { level: 'level', ramp: 'ramp', stairs: 'stairs' };

/**
 * The sources of the constants a figure uses, each source once with the constants it gives:
 * `Green Guide (…): level exit flow, stair flow, egress time; UK guidance: minimum exit width`. A constant
 * whose profile names no source is said to have none.
 */
export function sourceOf(
  keys: readonly ProfileConstant[],
  sources: Readonly<Record<string, string>>,
): string {
  const bySource = new Map<string, string[]>();
  for (const k of keys) {
    const given = Object.prototype.hasOwnProperty.call(sources, k) ? sources[k]?.trim() : undefined;
    const source = given === undefined || given === '' ? 'no source given' : given;
    bySource.set(source, [...(bySource.get(source) ?? []), CONSTANT_NAMES[k]]);
  }
  return [...bySource].map(([source, names]) => `${source}: ${names.join(', ')}`).join('; ');
}

/** A sum of areas: `Σ audience zones: 5,000 m² + 4,402 m² = 9,402 m²`, or `no audience zone: 0 m²`. */
function areaSum(
  what: string,
  none: string,
  features: readonly (ZoneFeature | StructureFeature)[],
): { value: number; formula: string } {
  const areas = features.map(featureAreaM2);
  const value = areas.reduce((a, b) => a + b, 0);
  if (areas.length === 0) return { value, formula: `${none}: 0 m²` };
  return { value, formula: `Σ ${what}: ${sumOfTerms(areas.map((a) => `${num(a)} m²`))} = ${num(value)} m²` };
}

/** The flow term of a set of exits, widths summed by kind: `5.4 m × 82 /m/min + 2.4 m × 66 /m/min`. */
function flowTerms(exits: readonly ExitFeature[], flows: Flows): string {
  return EXIT_KINDS_ORDER.flatMap((kind) => {
    const of = exits.filter((e) => e.kind === kind);
    if (of.length === 0) return [];
    const width = of.reduce((a, e) => a + e.widthM, 0);
    return [`${num(width)} m ${KIND_WORDS[kind]} × ${num(flows[kind])} /m/min`];
  }).join(' + ');
}

const flowSourceKeys = (exits: readonly ExitFeature[]): ProfileConstant[] => {
  const keys: Record<ExitKind, ProfileConstant> = {
    level: 'flowLevel',
    ramp: 'flowRamp',
    stairs: 'flowStairs',
  };
  return EXIT_KINDS_ORDER.filter((k) => exits.some((e) => e.kind === k)).map((k) => keys[k]);
};

/**
 * The figures, routes and warnings of a plan under a profile (EVENTS.md), each figure with its formula —
 * the numbers put in — and the sources of the constants it uses.
 *
 * - Areas: audience zones make the gross area, structures and no-view zones are taken off it (each drawn
 *   inside the audience zones; overlaps are not looked for), each area counted in whole m².
 * - The flows are the profile's, lowered when the plan says the audience calls for it
 *   ({@link effectiveConstants}; applying it before this function changes nothing).
 * - Exits count whatever their `entry` flag; one narrower than the profile's minimum width is not counted
 *   (and is warned about).
 * - Figures of the expected peak are null while the plan has none (0); the ingress time is null without a
 *   screening point, the egress times without a counted exit, the peak density without usable area.
 */
export function calculateEvent(
  plan: EventPlan,
  profileConstants: ProfileConstants,
  profileSources: Readonly<Record<string, string>>,
): EventCalculations {
  const constants = effectiveConstants(profileConstants, plan.reducedFlows);
  const sources = effectiveSources(profileConstants, profileSources, plan.reducedFlows);
  const flows = flowsOf(constants);
  const peak = plan.expectedPeak;

  const gross = areaSum('audience zones', 'no audience zone', zonesOf(plan, 'audience'));
  const structures = areaSum('structures', 'no structure', featuresOf(plan, 'structure'));
  const noView = areaSum('no-view zones', 'no no-view zone', zonesOf(plan, 'no-view'));
  const usable = Math.max(0, gross.value - structures.value - noView.value);

  const allExits = featuresOf(plan, 'exit');
  const exits = allExits.filter((e) => isCounted(e, constants));
  const result = capacity({
    areaM2: gross.value,
    structuresM2: structures.value + noView.value,
    densityPerM2: constants.planningDensity,
    exits,
    egressMinutes: constants.egressMinutes,
    flowPerMPerMin: flows,
  });
  const totalPerMin = exits.reduce((a, e) => a + e.widthM * flows[e.kind], 0);
  const largestIndex = largestExitIndex(exits, flows);
  const largest = largestIndex === null ? null : (exits[largestIndex] ?? null);
  const others = exits.filter((_, i) => i !== largestIndex);
  const egressLabel = `${num(constants.egressMinutes)} min`;
  const notCounted = allExits.length - exits.length;
  const notCountedNote =
    notCounted === 0
      ? ''
      : ` (${notCounted} exit${notCounted === 1 ? '' : 's'} under ${num(constants.minExitWidthM)} m not counted)`;
  const exitSources = sourceOf([...flowSourceKeys(exits), 'egressMinutes', 'minExitWidthM'], sources);
  const flowSources = sourceOf([...flowSourceKeys(exits), 'minExitWidthM'], sources);
  const noExit = `no exit counted${notCountedNote}`;

  const areaFigure = (key: FigureKey, value: number, formula: string): Figure => ({
    key,
    value,
    unit: 'm²',
    formula,
    source: SITE_PLAN_SOURCE,
  });
  const figures: Figure[] = [
    areaFigure('grossAreaM2', gross.value, gross.formula),
    areaFigure('structuresM2', structures.value, structures.formula),
    areaFigure('noViewM2', noView.value, noView.formula),
    areaFigure(
      'usableAreaM2',
      usable,
      `${num(gross.value)} m² − ${num(structures.value)} m² − ${num(noView.value)} m² = ${num(usable)} m²`,
    ),
    {
      key: 'holdingCapacity',
      value: result.holdingCapacity,
      unit: 'persons',
      formula: `(${num(gross.value)} m² − ${num(structures.value)} m² − ${num(noView.value)} m²) × ${num(constants.planningDensity)} /m² = ${num(result.holdingCapacity)}`,
      source: sourceOf(['planningDensity'], sources),
    },
    {
      key: 'exitCapacity',
      value: result.exitCapacity,
      unit: 'persons',
      formula:
        exits.length === 0
          ? `${noExit}: 0`
          : `(${flowTerms(exits, flows)}) × ${egressLabel} = ${num(result.exitCapacity)}${notCountedNote}`,
      source: exitSources,
    },
    {
      key: 'exitCapacityWithoutLargest',
      value: result.exitCapacityWithoutLargest,
      unit: 'persons',
      formula:
        largest === null
          ? `${noExit}: 0`
          : others.length === 0
            ? `without ${featureLabel(largest)} (${num(largest.widthM)} m), the only exit counted: 0`
            : `without ${featureLabel(largest)} (${num(largest.widthM)} m): (${flowTerms(others, flows)}) × ${egressLabel} = ${num(result.exitCapacityWithoutLargest)}`,
      source: exitSources,
    },
    {
      key: 'safeCapacity',
      value: result.safeCapacity,
      unit: 'persons',
      formula: `lower of ${num(result.holdingCapacity)} (holding) and ${num(result.exitCapacityWithoutLargest)} (exits without the largest) = ${num(result.safeCapacity)}`,
      source: sourceOf(['planningDensity', ...flowSourceKeys(exits), 'egressMinutes'], sources),
    },
    ingressFigure(plan, constants, sources),
    figure(
      'egressMinutes',
      'min',
      flowSources,
      peak === 0
        ? [null, 'no expected peak']
        : exits.length === 0
          ? [null, noExit]
          : [
              round2(peak / totalPerMin),
              `${num(peak)} ÷ (${flowTerms(exits, flows)}) = ${num(round2(peak / totalPerMin))} min`,
            ],
    ),
    {
      key: 'egressMinutesAtHolding',
      value: result.egressMinutesAtHolding,
      unit: 'min',
      formula:
        result.egressMinutesAtHolding === null
          ? noExit
          : `${num(result.holdingCapacity)} ÷ (${flowTerms(exits, flows)}) = ${num(result.egressMinutesAtHolding)} min`,
      source: sourceOf(['planningDensity', ...flowSourceKeys(exits), 'minExitWidthM'], sources),
    },
    figure(
      'peakDensity',
      'persons/m²',
      SITE_PLAN_SOURCE,
      peak === 0
        ? [null, 'no expected peak']
        : usable === 0
          ? [null, 'no usable area']
          : [round2(peak / usable), `${num(peak)} ÷ ${num(usable)} m² = ${num(round2(peak / usable))} /m²`],
    ),
  ];

  const routes = featuresOf(plan, 'route').map((r) => {
    const flowPerMPerMin = round2(r.flowPerMin / r.widthM);
    const level = fruinLevel(flowPerMPerMin);
    return {
      id: r.id,
      name: r.name,
      flowPerMPerMin,
      level,
      formula: `${num(r.flowPerMin)} /min ÷ ${num(r.widthM)} m = ${num(flowPerMPerMin)} /m/min (level ${level})`,
    };
  });

  return { figures, routes, warnings: planWarnings(plan, constants, figures, routes) };
}

/** A figure whose value may be missing, with the formula that says why. */
function figure(
  key: FigureKey,
  unit: string,
  source: string,
  [value, formula]: [number | null, string],
): Figure {
  return { key, value, unit, formula, source };
}

function ingressFigure(
  plan: EventPlan,
  constants: ProfileConstants,
  sources: Readonly<Record<string, string>>,
): Figure {
  const lanes = featuresOf(plan, 'screening').reduce((a, s) => a + s.lanes, 0);
  const peak = plan.expectedPeak;
  const rate = constants.screeningPerLanePerMin;
  const value = round2(peak / (lanes * rate));
  return figure(
    'ingressMinutes',
    'min',
    sourceOf(['screeningPerLanePerMin'], sources),
    lanes === 0
      ? [null, 'no screening point']
      : peak === 0
        ? [null, 'no expected peak']
        : [
            value,
            `${num(peak)} ÷ (${num(lanes)} lane${lanes === 1 ? '' : 's'} × ${num(rate)} /lane/min) = ${num(value)} min`,
          ],
  );
}
