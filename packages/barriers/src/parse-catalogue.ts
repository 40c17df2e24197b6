import { err, ok, type Result } from '@pactesur/geo';
import { barrierError, type BarrierError } from './barrier-error.ts';
import { BarrierProductSchema, type BarrierProduct } from './barrier-product.ts';
import { quote } from './rating-field.ts';

/** Limits on an organisation's catalogue. */
export const CATALOGUE_LIMITS = { maxProducts: 2000, maxJsonChars: 4_000_000 } as const;

/**
 * Validates one product, naming its position, its id and the field at fault on refusal.
 *
 * @example
 * const r = parseProduct({ ...input, unitWidthM: -1 }, 2);
 * // r.error.message: 'product 3 ("bollard-x") unitWidthM: Too small: expected number to be >0'
 */
export function parseProduct(input: unknown, index = 0): Result<BarrierProduct, BarrierError> {
  const r = BarrierProductSchema.safeParse(input);
  if (r.success) return ok(Object.freeze(r.data));
  const id =
    typeof input === 'object' && input !== null && 'id' in input && typeof input.id === 'string'
      ? ` (${quote(input.id)})`
      : '';
  const issue = r.error.issues[0];
  const field = issue?.path.join('.') || 'product';
  return err(
    barrierError('product-invalid', `product ${index + 1}${id} ${field}: ${issue?.message ?? 'invalid'}`),
  );
}

/**
 * Validates an organisation's own catalogue: a JSON array of products or `{ "products": [...] }`, given
 * as parsed JSON or as its text. Every product is checked with `BarrierProductSchema`; ids must be
 * unique. Never throws.
 *
 * @example
 * const r = parseCatalogue('{"products":[{"id":"b1","name":"Bollard", ... ,"rating":"V/7200[N3C]/48/90:0.0"}]}');
 * if (!r.ok) console.error(r.error.message); // e.g. 'product 1 ("b1") rating: mass -7200 is negative …'
 */
export function parseCatalogue(input: unknown): Result<readonly BarrierProduct[], BarrierError> {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > CATALOGUE_LIMITS.maxJsonChars)
      return err(
        barrierError(
          'catalogue-invalid',
          `the catalogue is over ${CATALOGUE_LIMITS.maxJsonChars} characters`,
        ),
      );
    try {
      value = JSON.parse(input) as unknown;
    } catch (e) {
      return err(barrierError('catalogue-invalid', `the catalogue is not JSON: ${(e as Error).message}`));
    }
  }
  const items = Array.isArray(value)
    ? (value as unknown[])
    : typeof value === 'object' && value !== null && 'products' in value && Array.isArray(value.products)
      ? (value.products as unknown[])
      : undefined;
  if (items === undefined)
    return err(
      barrierError('catalogue-invalid', 'a catalogue is an array of products or { "products": [...] }'),
    );
  if (items.length === 0) return err(barrierError('catalogue-invalid', 'the catalogue has no products'));
  if (items.length > CATALOGUE_LIMITS.maxProducts)
    return err(
      barrierError('catalogue-invalid', `a catalogue holds at most ${CATALOGUE_LIMITS.maxProducts} products`),
    );
  const products: BarrierProduct[] = [];
  const seen = new Map<string, number>();
  for (const [i, item] of items.entries()) {
    const r = parseProduct(item, i);
    if (!r.ok) return r;
    const first = seen.get(r.value.id);
    if (first !== undefined)
      return err(
        barrierError(
          'product-duplicate',
          `product ${i + 1} repeats the id ${quote(r.value.id)} of product ${first + 1}`,
        ),
      );
    seen.set(r.value.id, i);
    products.push(r.value);
  }
  return ok(Object.freeze(products));
}
