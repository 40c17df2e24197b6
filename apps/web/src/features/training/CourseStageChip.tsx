import type { CourseStage } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

/** Where a course stands — upcoming, under way, ended — in words. */
export function CourseStageChip({ stage }: { stage: CourseStage }) {
  const { t } = useI18n();
  return (
    <span className={`badge course-stage-${stage}`} data-testid="course-stage" data-stage={stage}>
      {t(`courseStage.${stage}`)}
    </span>
  );
}
