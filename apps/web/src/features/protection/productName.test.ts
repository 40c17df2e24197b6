import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../i18n/all-dictionaries.ts';
import { translate } from '../../i18n/translate.ts';
import type { Translate } from '../../i18n/useI18n.tsx';
import { measureName } from './productName.ts';

const it_: Translate = (key, params) => translate(DICTIONARIES.it, key, params);

describe('measureName', () => {
  it('names a default product, a layout, and a product behind a layout in the interface language', () => {
    expect(measureName(it_, { product: 'bollard-fixed-n3c-48', name: 'Fixed rated bollard, 7.2 t at 48 km/h' })).toBe(
      'Dissuasore fisso certificato, 7,2 t a 48 km/h',
    );
    expect(measureName(it_, { product: 'narrowed-gate-20', name: 'Narrowed gate (20 km/h)' })).toBe('Varco ristretto (20 km/h)');
    expect(measureName(it_, { product: 'narrowed-gate-20+planter-m1-48', name: 'x' })).toBe(
      'Varco ristretto (20 km/h), poi Fioriera certificata, 1,5 t a 48 km/h',
    );
  });

  it('keeps the stored name of an organisation’s own product', () => {
    expect(measureName(it_, { product: 'city-bollard-7', name: 'Dissuasore del Comune' })).toBe('Dissuasore del Comune');
    expect(measureName(it_, { product: 'chicane-30+city-bollard-7', name: 'Chicane, then own' })).toBe('Chicane, then own');
  });
});
