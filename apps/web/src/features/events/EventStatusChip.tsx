import type { EventStatus } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

/** The stage a plan is at, in words (the colour only repeats them). */
export function EventStatusChip({ status }: { status: EventStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge event-status-${status}`} data-testid="event-status" data-status={status}>
      {t(`eventStatus.${status}`)}
    </span>
  );
}
