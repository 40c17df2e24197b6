import type { PlanMeasure } from '@pactesur/contracts';
import { isMessageKey } from '../../i18n/messageKey.ts';
import type { Translate } from '../../i18n/useI18n.tsx';

/**
 * The name of what a measure installs, in the interface language. `product` is the option's id: a
 * product of the default catalogue, a speed-reduction layout, or `layout+product` (a product behind a
 * layout). An organisation's own products have no translation and keep the name the plan stored.
 */
export function measureName(t: Translate, m: Pick<PlanMeasure, 'product' | 'name'>): string {
  const keys = m.product.split('+').map((id) => `product.${id}`);
  if (keys.length === 0 || keys.length > 2 || !keys.every(isMessageKey)) return m.name;
  const [first, second] = keys.map((k) => t(k));
  return second === undefined ? (first ?? m.name) : t('product.then', { first: first ?? '', second });
}
