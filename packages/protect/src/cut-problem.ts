/**
 * The protection plan as a mixed-integer programme (HVM.md §5), stated on plain numbers so that it can be
 * built from any analysis and checked by hand: candidate lines with their options, one speed-expanded state
 * graph per design-basis class, and emergency routes.
 */

/** One thing that can be installed on a line: a product over the line's width, or a speed-reduction layout. */
export interface LineOption {
  /** Product or layout id, as in the catalogue. */
  readonly id: string;
  /** Installation cost of the whole line (€). */
  readonly costEur: number;
  readonly maintenancePerYearEur: number;
  /** Opens for emergency vehicles with at least the required clear width. */
  readonly emergencyPassable: boolean;
  /** Keeps the line walkable (bollards with clear gaps, an accessible gap where needed). */
  readonly permeable: boolean;
  /** Counts as visible, non-street-furniture security (penalised in the objective). */
  readonly visibleSecurity: boolean;
}

/** A place where a barrier line can go (an edge end, a perimeter gap, a designed chicane). */
export interface CandidateLine {
  readonly id: string;
  readonly options: readonly LineOption[];
  /** On a pedestrian desire line: only permeable options. */
  readonly pedestrian: boolean;
  /** The user fixed this option here (its id), or forbade any barrier here. */
  readonly locked?: string;
  readonly forbidden?: boolean;
}

/**
 * A class's speed-expanded state graph: states are (directed edge, speed band); an arc leaves a state
 * along the road; `stoppedBy` lists, per line, the options that stop the class at that arc's speed.
 */
export interface ClassStateGraph {
  readonly classId: string;
  readonly states: number;
  /** States a vehicle can be in without passing any candidate line (origins, or network entries). */
  readonly sources: readonly number[];
  /** States that are on the perimeter: a vehicle there has reached the crowd. */
  readonly sinks: readonly number[];
  readonly arcs: readonly StateArc[];
}

export interface StateArc {
  readonly from: number;
  readonly to: number;
  /** The candidate lines the arc crosses, each with the indices of its options that stop the class there. */
  readonly lines?: readonly { readonly index: number; readonly stoppedBy: readonly number[] }[];
}

/** An emergency route: from a station node to an access node, over undirected links through lines. */
export interface EmergencyRoute {
  readonly id: string;
  readonly nodes: number;
  readonly from: number;
  readonly to: number;
  /** Undirected links; a link through candidate lines is open only while none of them is shut. */
  readonly links: readonly { readonly a: number; readonly b: number; readonly lines?: readonly number[] }[];
}

export interface CutProblem {
  readonly lines: readonly CandidateLine[];
  readonly classes: readonly ClassStateGraph[];
  readonly emergency: readonly EmergencyRoute[];
  /** Years of maintenance counted, discounted at `discountRate` (default 10 years at 4 %). */
  readonly years?: number;
  readonly discountRate?: number;
  /** Added to the cost of a visible-security option (€), to prefer street furniture. */
  readonly visiblePenaltyEur?: number;
}

/** Present value of one euro a year for `years` years at `rate`. */
export function annuityFactor(years: number, rate: number): number {
  if (years <= 0) return 0;
  if (rate === 0) return years;
  return (1 - (1 + rate) ** -years) / rate;
}

/** What an option costs in the objective: installation, discounted maintenance, the visibility penalty. */
export function optionWeight(problem: CutProblem, option: LineOption): number {
  const factor = annuityFactor(problem.years ?? 10, problem.discountRate ?? 0.04);
  return option.costEur + option.maintenancePerYearEur * factor + (option.visibleSecurity ? (problem.visiblePenaltyEur ?? 0) : 0);
}
