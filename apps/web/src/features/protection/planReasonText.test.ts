import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../i18n/all-dictionaries.ts';
import { translate } from '../../i18n/translate.ts';
import type { Translate } from '../../i18n/useI18n.tsx';
import { planConstraintText, planReasonText } from './planReasonText.ts';

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
});
