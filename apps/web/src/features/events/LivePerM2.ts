import { useCallback } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { useCrowdFormat } from '../crowd/CrowdFormat.ts';

/** A live density in persons/m² in the interface language, to two decimals (the crowd pages' unit). */
export function usePerM2(): (value: number) => string {
  const { t } = useI18n();
  const f = useCrowdFormat();
  return useCallback((value: number) => t('crowdUnit.density', { value: f.decimal(value, 2) }), [t, f]);
}
