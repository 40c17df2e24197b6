import type { Observation } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import type { EvaluationGuide } from './evaluationChoices.ts';
import { ObservationItem } from './ObservationItem.tsx';
import { latestFirst } from './ratings.ts';

interface Props {
  readonly exerciseId: string;
  readonly observations: readonly Observation[];
  readonly guide: EvaluationGuide;
  /** Said when there is none. */
  readonly empty?: 'exerciseObservation.empty' | 'exerciseReport.strengthsEmpty' | 'exerciseReport.improvementsEmpty';
}

/** Observations, the latest first. */
export function ObservationList({ exerciseId, observations, guide, empty = 'exerciseObservation.empty' }: Props) {
  const { t } = useI18n();
  if (observations.length === 0) return <p className="empty">{t(empty)}</p>;
  return (
    <ol className="observation-list" data-testid="observations">
      {latestFirst(observations).map((o) => (
        <ObservationItem key={o.id} exerciseId={exerciseId} observation={o} guide={guide} />
      ))}
    </ol>
  );
}
