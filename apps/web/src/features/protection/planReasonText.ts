import { planReasonOf } from '@pactesur/contracts';
import { isMessageKey } from '../../i18n/messageKey.ts';
import type { Translate } from '../../i18n/useI18n.tsx';
import { vehicleClassName } from '../threat/vehicleClassName.ts';

/** Why no plan meets every requirement, as a sentence in the interface language (unknown words as they are). */
export function planReasonText(t: Translate, reason: string | null, constraint?: string): string {
  const known = planReasonOf(reason, constraint);
  if (!known) return reason ?? '';
  const params = { ...known.params };
  if (params.class !== undefined) params.class = vehicleClassName(t, params.class);
  return t(`planReason.${known.code}`, params);
}

/** What a plan could not achieve (`class`, `emergency` …) in words; null for a constraint without a name. */
export function planConstraintText(t: Translate, constraint: string): string | null {
  const key = `planConstraint.${constraint}`;
  return isMessageKey(key) ? t(key) : null;
}
