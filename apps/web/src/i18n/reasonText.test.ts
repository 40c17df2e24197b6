import { describe, expect, it } from 'vitest';
import type { Translate } from '../hooks/useI18n.tsx';
import { DICTIONARIES } from './all-dictionaries.ts';
import { failureText, planConstraintText, planReasonText } from './reasonText.ts';
import { translate } from './translate.ts';

const es: Translate = (key, params) => translate(DICTIONARIES.es, key, params);

describe('reasons in the interface language', () => {
  it('says why no plan meets every requirement, with the class by its name', () => {
    expect(planReasonText(es, 'no allowed barrier stops artic-40t on one of its approaches (its way crosses gap-5)', 'class')).toBe(
      'Ninguna barrera permitida puede detener la clase «Camión articulado 40 t» en uno de sus accesos.',
    );
    expect(planReasonText(es, 'something the planner says now', 'budget')).toBe('something the planner says now');
    expect(planConstraintText(es, 'emergency')).toBe('mantener abiertas las rutas de emergencia');
    expect(planConstraintText(es, 'budget')).toBeNull();
  });

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
