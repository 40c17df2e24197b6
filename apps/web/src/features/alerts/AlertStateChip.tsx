import type { AlertState, CapStatusValue } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

/**
 * The state of an alert as a chip: its word always, its colour only as a second cue (the three states of
 * the past, superseded, cancelled and expired, stay apart in words).
 */
export function AlertStateChip({ state }: { state: AlertState }) {
  const { t } = useI18n();
  return (
    <span className={`badge alert-state alert-state-${state}`} data-state={state}>
      {t(`alertState.${state}`)}
    </span>
  );
}

/** An alert that is not a real one (an exercise, a test) says so beside its state. */
export function AlertStatusChip({ status }: { status: CapStatusValue }) {
  const { t } = useI18n();
  if (status === 'Actual') return null;
  return (
    <span className={`badge alert-status-${status}`} data-status={status}>
      {t(`capStatus.${status}`)}
    </span>
  );
}
