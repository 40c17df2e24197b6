import { err, ok, type Result } from '@pactesur/geo';
import { z } from 'zod';
import { vehicleError, type VehicleError } from './vehicle-error.ts';

const positive = (max: number) => z.number().finite().positive().max(max);

/** Schema of a vehicle class (HVM.md §2); every number has a physical range. */
export const VehicleClassSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lower-case letters, digits, dots and dashes'),
    name: z.string().min(1),
    massKg: positive(100_000),
    powerKw: positive(2_000),
    efficiency: positive(1),
    tractionMps2: positive(15),
    cdaM2: positive(30),
    crr: z.number().finite().min(0).max(0.2),
    vMaxKmh: positive(400),
    lateralG: positive(1.5),
    brakeMps2: positive(15),
    widthM: positive(5),
    lengthM: positive(30),
  })
  .strict();

/** A vehicle class: mass, power, drivetrain efficiency, traction, drag, rolling resistance, limits, size. */
export type VehicleClass = Readonly<z.infer<typeof VehicleClassSchema>>;

const row = (
  id: string,
  name: string,
  massKg: number,
  powerKw: number,
  efficiency: number,
  tractionMps2: number,
  cdaM2: number,
  crr: number,
  vMaxKmh: number,
  lateralG: number,
  brakeMps2: number,
  widthM: number,
  lengthM: number,
): VehicleClass =>
  Object.freeze({
    id,
    name,
    massKg,
    powerKw,
    efficiency,
    tractionMps2,
    cdaM2,
    crr,
    vMaxKmh,
    lateralG,
    brakeMps2,
    widthM,
    lengthM,
  });

/** The default classes of HVM.md §2 (ids are the names the CLI and API use). */
export const DEFAULT_VEHICLE_CLASSES: readonly VehicleClass[] = Object.freeze([
  row('car', 'M1 car', 1500, 90, 0.8, 3.5, 0.65, 0.012, 180, 0.8, 8.0, 1.8, 4.5),
  row('pickup', 'N1G pick-up / 4x4', 2500, 130, 0.8, 3.0, 1.0, 0.013, 170, 0.75, 7.5, 2.0, 5.5),
  row('van', 'N1 van 3.5 t', 3500, 110, 0.8, 2.5, 1.9, 0.012, 150, 0.7, 7.0, 2.0, 6.0),
  row('rigid-7.5t', 'N2/N3C rigid 7.5 t', 7500, 160, 0.75, 1.8, 4.5, 0.008, 90, 0.5, 6.0, 2.5, 8),
  row('rigid-18t', 'N3 rigid 18 t', 18000, 177, 0.75, 1.2, 6.0, 0.007, 90, 0.4, 5.5, 2.55, 10),
  row('artic-40t', 'N3 articulated 40 t', 40000, 331, 0.75, 0.9, 6.5, 0.007, 85, 0.35, 5.0, 2.55, 16.5),
]);

/**
 * Validates a vehicle class from outside input (edited defaults or a city's own class).
 *
 * @example
 * const r = parseVehicleClass({ ...DEFAULT_VEHICLE_CLASSES[0], id: 'suv', massKg: 2200 });
 * if (!r.ok) console.error(r.error.message); // e.g. "massKg: Too small: expected number to be >0"
 */
export function parseVehicleClass(input: unknown): Result<VehicleClass, VehicleError> {
  const r = VehicleClassSchema.safeParse(input);
  if (r.success) return ok(Object.freeze(r.data));
  const issue = r.error.issues[0];
  const field = issue?.path.join('.') || 'class';
  return err(vehicleError('class-invalid', `vehicle class ${field}: ${issue?.message ?? 'invalid'}`));
}

/**
 * The classes named by `ids` among `classes` (`all` or no ids: every class).
 *
 * @example
 * selectClasses(DEFAULT_VEHICLE_CLASSES, ['car']);
 */
export function selectClasses(
  classes: readonly VehicleClass[],
  ids: readonly string[] | 'all',
): Result<readonly VehicleClass[], VehicleError> {
  if (ids === 'all') return ok(classes);
  const out: VehicleClass[] = [];
  for (const id of ids) {
    const c = classes.find((k) => k.id === id);
    if (!c)
      return err(
        vehicleError(
          'class-unknown',
          `no vehicle class ${id}; known: ${classes.map((k) => k.id).join(', ')}`,
        ),
      );
    out.push(c);
  }
  return ok(out);
}
