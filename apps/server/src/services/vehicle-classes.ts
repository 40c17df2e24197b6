import { DEFAULT_CLASS_IDS, type ClassChoice } from '@pactesur/contracts';
import { DEFAULT_VEHICLE_CLASSES, parseVehicleClass, type VehicleClass } from '@pactesur/vehicle';
import { AppError } from '../errors/app-error.ts';

/**
 * The vehicle classes of a request: default classes by id, or whole class definitions checked against the
 * model's physical ranges; none given, the six default classes. Refused with `class_invalid`, naming the
 * class (`classes.<i>`).
 */
export function resolveClasses(choices: readonly ClassChoice[] | undefined): VehicleClass[] {
  if (!choices) return [...DEFAULT_VEHICLE_CLASSES];
  const seen = new Set<string>();
  return choices.map((choice, i) => {
    let c: VehicleClass | undefined;
    if (typeof choice === 'string') {
      c = DEFAULT_VEHICLE_CLASSES.find((k) => k.id === choice);
      if (!c) throw new AppError('class_invalid', `No vehicle class "${choice}"; known: ${DEFAULT_CLASS_IDS.join(', ')}.`, [{ path: `classes.${i}`, message: 'unknown class' }]);
    } else {
      const parsed = parseVehicleClass(choice);
      if (!parsed.ok) throw new AppError('class_invalid', `Class ${i + 1}: ${parsed.error.message}.`, [{ path: `classes.${i}`, message: parsed.error.message }]);
      c = parsed.value;
    }
    if (seen.has(c.id)) throw new AppError('class_invalid', `The class "${c.id}" is given twice.`, [{ path: `classes.${i}`, message: 'duplicate' }]);
    seen.add(c.id);
    return c;
  });
}
