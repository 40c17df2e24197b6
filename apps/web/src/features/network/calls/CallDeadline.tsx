import type { Call } from '@pactesur/contracts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { deadlineLabel, timeLeft, timeLeftWords } from './deadline.ts';

/**
 * A call's deadline in the reader's language and time zone, and while applications are still to come, how
 * long is left.
 */
export function CallDeadline({ call }: { call: Pick<Call, 'deadline' | 'stage'> }) {
  const { t, locale } = useI18n();
  const left = call.stage === 'open' || call.stage === 'draft' ? timeLeft(call.deadline, new Date()) : null;
  return (
    <p data-testid="call-deadline">
      {t('network.calls.deadline')}{' '}
      <time dateTime={call.deadline}>{deadlineLabel(call.deadline, locale)}</time>
      {left && (
        <>
          {' · '}
          <strong data-testid="call-countdown">
            {t('network.calls.closesIn', { when: timeLeftWords(left, locale) })}
          </strong>
        </>
      )}
    </p>
  );
}
