import { isMessageKey } from '../../i18n/messageKey.ts';
import type { Translate } from '../../i18n/useI18n.tsx';

/** The name of a kind of background job (`vehicle.threat` …) in the interface language; any other kind as a background job. */
export function jobKindName(t: Translate, kind: string): string {
  const key = `job.kind.${kind}`;
  if (isMessageKey(key)) return t(key);
  return isMessageKey('job.kind.unknown') ? t('job.kind.unknown') : kind;
}
