import type { CallStage } from '@pactesur/contracts';
import { useI18n } from '../../../i18n/useI18n.tsx';

/** Where a call stands — draft, open to applications, closed, decided — in words. */
export function CallStageChip({ stage }: { stage: CallStage }) {
  const { t } = useI18n();
  return (
    <span className={`badge call-stage call-stage-${stage}`} data-testid="call-stage" data-stage={stage}>
      {t(`network.calls.stage.${stage}`)}
    </span>
  );
}
