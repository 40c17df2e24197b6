/**
 * The products of the protection catalogue a vehicle-barrier line may use: those the dictionaries name
 * (`product.<id>`, the words the protection plans show their measures in), in the catalogue's order.
 *
 * @example catalogueProducts(['product.bollard-fixed-n3c-48', 'product.then', 'plan.title']) // ['bollard-fixed-n3c-48']
 */
export function catalogueProducts(keys: readonly string[]): string[] {
  return keys.flatMap((k) => {
    const id = /^product\.([a-z0-9]+(?:-[a-z0-9]+)+)$/.exec(k)?.[1];
    return id ? [id] : [];
  });
}
