/** Parameters of the collision-free speed model (Tordeux, Chraibi & Seyfried 2016). */
export interface CfsmParams {
  readonly kind: 'cfsm';
  /** Strength of neighbour repulsion in the direction. */
  readonly a: number;
  /** Range of neighbour repulsion, metres. */
  readonly D: number;
  /** Strength of wall repulsion in the direction. */
  readonly aWall: number;
  /** Range of wall repulsion, metres. */
  readonly DWall: number;
  /** Time gap, seconds. */
  readonly T: number;
  /**
   * Standard deviation (radians) of a random turn of the walking direction, drawn afresh each step.
   * It dissolves the symmetric arches in front of doors where every speed is exactly zero.
   */
  readonly noise: number;
}

/** Parameters of the social force model (Helbing & Molnár 1995; Helbing, Farkas & Vicsek 2000). */
export interface SfmParams {
  readonly kind: 'sfm';
  /** Repulsion strength, newtons. */
  readonly A: number;
  /** Repulsion range, metres. */
  readonly B: number;
  /** Body compression, kg/s². */
  readonly k: number;
  /** Sliding friction, kg/(m·s). */
  readonly kappa: number;
  /** Relaxation time, seconds. */
  readonly tau: number;
  /** Mass, kg. */
  readonly mass: number;
  /** Speed cap as a multiple of the desired speed. */
  readonly maxSpeedFactor: number;
}

export type ModelParams = CfsmParams | SfmParams;

/** JuPedSim's defaults, plus the direction noise that keeps doors flowing. */
export const CFSM_DEFAULTS: CfsmParams = {
  kind: 'cfsm',
  a: 8,
  D: 0.1,
  aWall: 5,
  DWall: 0.02,
  T: 1,
  noise: 0.1,
};

/** Helbing's parameters as given in CROWD.md. */
export const SFM_DEFAULTS: SfmParams = {
  kind: 'sfm',
  A: 2000,
  B: 0.08,
  k: 1.2e5,
  kappa: 2.4e5,
  tau: 0.5,
  mass: 80,
  maxSpeedFactor: 1.3,
};

/**
 * The defaults of a model kind with some parameters replaced.
 * @example
 * modelParams({ kind: 'cfsm', T: 0.8 }).a; // 8
 */
export function modelParams(
  overrides: { readonly kind: 'cfsm' | 'sfm' } & Record<string, unknown>,
): ModelParams {
  const base = overrides.kind === 'cfsm' ? CFSM_DEFAULTS : SFM_DEFAULTS;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides))
    if (value !== undefined && key in base) merged[key] = value;
  return merged as unknown as ModelParams;
}
