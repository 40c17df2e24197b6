import type { Observation } from '@pactesur/contracts';
import { formatScenarioTime } from '@pactesur/exercises';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { linkNames, type EvaluationGuide } from './evaluationChoices.ts';
import { RatingBadge } from './RatingBadge.tsx';

interface Props {
  readonly exerciseId: string;
  readonly observation: Observation;
  readonly guide: EvaluationGuide;
}

/**
 * One observation: its rating, who made it and for which organisation, when on the scenario clock, the
 * objective, capability and critical task it concerns, what was seen, and its photo as a thumbnail opening
 * the full image.
 */
export function ObservationItem({ exerciseId, observation: o, guide }: Props) {
  const { t, formatDate } = useI18n();
  const names = linkNames(guide, o);
  const photo = o.photo ? api.observationPhotoPath(exerciseId, o.id) : null;
  return (
    <li className="observation" data-testid="observation" data-rating={o.rating ?? ''} data-objective-id={o.objectiveId ?? ''} data-id={o.id}>
      <p className="meta">
        <RatingBadge rating={o.rating} /> <strong>{o.byName}</strong> · {o.orgName} · <span className="mono">{formatScenarioTime(o.scenarioTimeS)}</span> ·{' '}
        {formatDate(o.observedAt, 'compact')}
      </p>
      {(names.objective || names.capability || names.task) && (
        <ul className="observation-links hint">
          {names.objective && <li>{t('exerciseObservation.objectiveIs', { text: names.objective })}</li>}
          {names.capability && <li>{t('exerciseObservation.capabilityIs', { name: names.capability })}</li>}
          {names.task && <li>{t('exerciseObservation.taskIs', { text: names.task })}</li>}
        </ul>
      )}
      <div className="observation-body">
        <p className="prewrap">{o.text}</p>
        {photo && o.photo && (
          <a className="observation-photo" href={photo} target="_blank" rel="noreferrer" data-testid="observation-photo-link">
            <img src={photo} alt={t('exerciseObservation.photoAlt', { name: o.byName, org: o.orgName })} loading="lazy" />
            {o.photo.locationKept && <span className="badge">{t('exerciseObservation.locationKept')}</span>}
          </a>
        )}
      </div>
    </li>
  );
}
