import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { catalogueProducts } from './catalogueProducts.ts';

describe('the products a vehicle-barrier line may use', () => {
  it('are the catalogue products the dictionaries name, in order, and nothing else', () => {
    expect(
      catalogueProducts([
        'product.bollard-fixed-n3c-48',
        'product.then',
        'plan.title',
        'product.temporary-barrier-n2a-48',
      ]),
    ).toEqual(['bollard-fixed-n3c-48', 'temporary-barrier-n2a-48']);
  });

  it('include the temporary event barrier of the default catalogue', () => {
    expect(catalogueProducts(Object.keys(en))).toContain('temporary-barrier-n2a-48');
  });
});
