import { DEFAULT_CLASS_IDS } from '@pactesur/contracts';
import { isMessageKey } from '../../i18n/messageKey.ts';
import type { Translate } from '../../i18n/useI18n.tsx';

type DefaultClassId = (typeof DEFAULT_CLASS_IDS)[number];
const isDefault = (id: string): id is DefaultClassId => (DEFAULT_CLASS_IDS as readonly string[]).includes(id);

/** The name of a vehicle class in the interface language; a class defined by the city keeps its own name. */
export function vehicleClassName(t: Translate, id: string, ownName?: string): string {
  return isDefault(id) ? t(`vehicleClass.${id}`) : (ownName ?? id);
}

/** Class ids in the order of HVM.md §2 (by mass), classes of the city's own after them. */
export function byClassOrder(ids: Iterable<string>): string[] {
  const rank = (id: string) => (isDefault(id) ? DEFAULT_CLASS_IDS.indexOf(id) : DEFAULT_CLASS_IDS.length);
  return [...new Set(ids)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The name of a sensitivity variant (`power-low` …) in the interface language; an unknown one as it is. */
export function variantName(t: Translate, id: string): string {
  const key = `variant.${id}`;
  return isMessageKey(key) ? t(key) : id;
}
