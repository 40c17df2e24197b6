import type { EditorialState } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

/** Where a practice stands in the editorial workflow — draft, in review, published — in words. */
export function StateChip({ state }: { state: EditorialState }) {
  const { t } = useI18n();
  return <span className={`badge practice-state-${state}`}>{t(`practiceState.${state}`)}</span>;
}
