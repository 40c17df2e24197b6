import { BarrierProductSchema, DEFAULT_CATALOGUE, parseCatalogue, type BarrierProduct } from '@pactesur/barriers';
import { DEFAULT_SPEED_REDUCTIONS, lineOptions } from '@pactesur/protect';
import { AppError } from '../errors/app-error.ts';

/**
 * An organisation's own barrier catalogue, checked with `parseCatalogue`; none given, the planning-default
 * catalogue. Refused with `catalogue_invalid`, the message naming the product and the field, the details
 * its path (`catalogue.<i>.<field>`).
 */
export function checkCatalogue(input: readonly Record<string, unknown>[] | undefined): readonly BarrierProduct[] {
  if (!input) return DEFAULT_CATALOGUE;
  const parsed = parseCatalogue(input);
  if (parsed.ok) return parsed.value;
  throw new AppError('catalogue_invalid', `The catalogue is refused: ${parsed.error.message}.`, [{ path: pathOf(input), message: parsed.error.message }]);
}

/** Where the first refused product goes wrong: `catalogue.<i>.<field>`, or `catalogue` for the whole. */
function pathOf(input: readonly unknown[]): string {
  const ids = new Set<string>();
  for (const [i, item] of input.entries()) {
    const r = BarrierProductSchema.safeParse(item);
    if (!r.success) {
      const field = r.error.issues[0]?.path.join('.');
      return field ? `catalogue.${i}.${field}` : `catalogue.${i}`;
    }
    if (ids.has(r.data.id)) return `catalogue.${i}.id`;
    ids.add(r.data.id);
  }
  return 'catalogue';
}

/** The ids a lock may name with a catalogue: exactly the options the optimiser offers on a line. */
export function lockableIds(catalogue: readonly BarrierProduct[]): Set<string> {
  return new Set(lineOptions(catalogue, DEFAULT_SPEED_REDUCTIONS, 10).map((o) => o.option.id));
}
