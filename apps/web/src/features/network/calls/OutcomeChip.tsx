import type { ApplicationOutcome } from '@pactesur/contracts';
import { useI18n } from '../../../i18n/useI18n.tsx';

/** What became of an application: pending until the call is decided, then selected or not. */
export function OutcomeChip({ outcome }: { outcome: ApplicationOutcome }) {
  const { t } = useI18n();
  return (
    <span
      className={`badge call-outcome-${outcome}`}
      data-testid="application-outcome"
      data-outcome={outcome}
    >
      {t(`network.calls.application.outcome.${outcome}`)}
    </span>
  );
}
