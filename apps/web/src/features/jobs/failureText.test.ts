import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../i18n/all-dictionaries.ts';
import { translate } from '../../i18n/translate.ts';
import type { Translate } from '../../i18n/useI18n.tsx';
import { failureText } from './failureText.ts';

const es: Translate = (key, params) => translate(DICTIONARIES.es, key, params);

describe('failures in the interface language', () => {
  it('says why a job failed, keeping file names and unknown words', () => {
    expect(failureText(es, 'attempt 3 of 3 lost: worker exited')).toBe('El cálculo se interrumpió (intento 3 de 3) y no pudo terminar.');
    expect(failureText(es, 'plaza.osm: the file is empty')).toBe('El archivo plaza.osm está vacío.');
    expect(failureText(es, 'plaza.osm cannot be read: not an OpenStreetMap extract')).toBe(
      'El archivo plaza.osm no se puede leer como datos de OpenStreetMap.',
    );
    expect(failureText(es, 'the site extract has no road or path a vehicle can use')).toBe(
      'Los datos cartográficos del sitio no tienen ninguna calle ni camino que pueda usar un vehículo.',
    );
    expect(failureText(es, 'boom')).toBe('El cálculo se detuvo: boom');
    expect(failureText(es, null)).toBeNull();
  });
});
