import { ExitKind, type ProfileConstants } from '@pactesur/contracts';
import type { CapacityExit, CapacityInput } from './capacity.ts';
import { GREEN_GUIDE } from './profile.ts';

/** The bounds of the command line's capacity file, those of the plan's contract where it has them. */
export const CAPACITY_FILE_LIMITS = {
  /** 100 km², far more than any event ground. */
  areaM2: 100_000_000,
  densityPerM2: 10,
  exits: 300,
  widthM: 100,
  flowPerMPerMin: 300,
  egressMinutes: 120,
} as const;

/** Where a capacity file is wrong (`exits[2].widthM`; empty for the whole file) and why. */
export interface CapacityFileError {
  path: string;
  message: string;
}

export type CapacityFileResult = { ok: true; value: CapacityInput } | { ok: false; error: CapacityFileError };

const FIELDS = [
  'areaM2',
  'structuresM2',
  'densityPerM2',
  'exits',
  'egressMinutes',
  'flowPerMPerMin',
] as const;
const EXIT_FIELDS = ['widthM', 'kind'] as const;
const FLOW_FIELDS = ExitKind.options;
const SHAPE = `expected a JSON object {"areaM2", "structuresM2"?, "densityPerM2"?, "exits": [{"widthM", "kind"?}…], "egressMinutes"?, "flowPerMPerMin"?: {"level"?, "ramp"?, "stairs"?}}`;

/** A refusal: thrown inside the checks only, caught by {@link checkCapacityFile}. */
class Refused extends Error {
  constructor(readonly error: CapacityFileError) {
    super(`${error.path}: ${error.message}`);
  }
}

const refuse = (path: string, message: string): never => {
  throw new Refused({ path, message });
};

/** At most `n` characters of a text, for messages that quote the input. */
function clip(text: string, n = 40): string {
  return text.length > n ? `${text.slice(0, n)}…` : text;
}

/** `exits[2].widthM`; a key that is no plain name is written `["…"]`. */
function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (/^[A-Za-z_$][\w$]{0,63}$/.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(clip(key))}]`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Record<string, unknown>, k: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;

/** Refuses the first field of `o` that is not one of `fields`. */
function onlyFields(o: Record<string, unknown>, fields: readonly string[], parent: string): void {
  const unknown = Object.keys(o).find((k) => !fields.includes(k));
  if (unknown !== undefined) refuse(pathOf(parent, unknown), `unknown field (expected ${fields.join(', ')})`);
}

/** A number above 0 and at most `max`; `fallback` when absent (refused as missing without one). */
function positive(
  o: Record<string, unknown>,
  key: string,
  parent: string,
  max: number,
  fallback?: number,
): number {
  const v = own(o, key);
  const path = pathOf(parent, key);
  if (v === undefined) return fallback ?? refuse(path, 'is required');
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)
    return refuse(path, 'must be a positive number');
  if (v > max) return refuse(path, `must be at most ${max}`);
  return v;
}

function readExit(v: unknown, path: string): CapacityExit {
  if (!isObject(v)) return refuse(path, 'must be an object {"widthM", "kind"?}');
  onlyFields(v, EXIT_FIELDS, path);
  const widthM = positive(v, 'widthM', path, CAPACITY_FILE_LIMITS.widthM);
  const kind = own(v, 'kind') ?? 'level';
  if (typeof kind !== 'string' || !(FLOW_FIELDS as readonly string[]).includes(kind))
    return refuse(pathOf(path, 'kind'), `must be one of ${FLOW_FIELDS.join(', ')}`);
  return { widthM, kind: kind as ExitKind };
}

function read(input: unknown, defaults: ProfileConstants): CapacityInput {
  if (!isObject(input)) return refuse('', SHAPE);
  onlyFields(input, FIELDS, '');
  const areaM2 = positive(input, 'areaM2', '', CAPACITY_FILE_LIMITS.areaM2);
  let structuresM2 = 0;
  const structures = own(input, 'structuresM2');
  if (structures !== undefined) {
    if (typeof structures !== 'number' || !Number.isFinite(structures) || structures < 0)
      refuse('structuresM2', 'must be a number of 0 or more');
    else if (structures > areaM2) refuse('structuresM2', `must not be larger than areaM2 (${areaM2})`);
    else structuresM2 = structures;
  }
  const densityPerM2 = positive(
    input,
    'densityPerM2',
    '',
    CAPACITY_FILE_LIMITS.densityPerM2,
    defaults.planningDensity,
  );
  const list = own(input, 'exits');
  if (list === undefined) refuse('exits', 'is required');
  if (!Array.isArray(list)) return refuse('exits', 'must be a list of exits [{"widthM", "kind"?}…]');
  const items: readonly unknown[] = list;
  if (items.length > CAPACITY_FILE_LIMITS.exits)
    refuse('exits', `at most ${CAPACITY_FILE_LIMITS.exits} exits (got ${items.length})`);
  const exits = items.map((e, i) => readExit(e, pathOf('exits', i)));
  const egressMinutes = positive(
    input,
    'egressMinutes',
    '',
    CAPACITY_FILE_LIMITS.egressMinutes,
    defaults.egressMinutes,
  );
  const flows = own(input, 'flowPerMPerMin') ?? {};
  if (!isObject(flows)) return refuse('flowPerMPerMin', 'must be an object {"level"?, "ramp"?, "stairs"?}');
  onlyFields(flows, FLOW_FIELDS, 'flowPerMPerMin');
  const max = CAPACITY_FILE_LIMITS.flowPerMPerMin;
  return {
    areaM2,
    structuresM2,
    densityPerM2,
    exits,
    egressMinutes,
    flowPerMPerMin: {
      level: positive(flows, 'level', 'flowPerMPerMin', max, defaults.flowLevel),
      ramp: positive(flows, 'ramp', 'flowPerMPerMin', max, defaults.flowRamp),
      stairs: positive(flows, 'stairs', 'flowPerMPerMin', max, defaults.flowStairs),
    },
  };
}

/**
 * Checks a capacity file already parsed from JSON: the input of `capacity`, the profile's defaults put in
 * for what is left out (structures 0, planning density, egress minutes, flows), or an error naming the first
 * field at fault (`exits[2].widthM: must be a positive number`). Never throws.
 */
export function checkCapacityFile(
  input: unknown,
  defaults: ProfileConstants = GREEN_GUIDE,
): CapacityFileResult {
  try {
    return { ok: true, value: read(input, defaults) };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: e.error };
    return { ok: false, error: { path: '', message: SHAPE } };
  }
}

/**
 * Reads the file of `pactesur event capacity`:
 *
 * ```json
 * {"areaM2": 9402, "structuresM2": 310, "densityPerM2": 2, "exits": [{"widthM": 3, "kind": "level"}], "egressMinutes": 8}
 * ```
 *
 * `kind` is level, ramp or stairs (default level); `structuresM2` defaults to 0, `densityPerM2` and
 * `egressMinutes` to the profile's (2 and 8 by default); `"flowPerMPerMin": {"level", "ramp", "stairs"}`
 * overrides the profile's flows, each on its own. Text that is not JSON is an error of the whole file.
 * Never throws.
 */
export function readCapacityFile(text: string, defaults: ProfileConstants = GREEN_GUIDE): CapacityFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (e) {
    return {
      ok: false,
      error: {
        path: '',
        message: `not valid JSON: ${clip(e instanceof Error ? e.message : String(e), 200)}`,
      },
    };
  }
  return checkCapacityFile(json, defaults);
}
