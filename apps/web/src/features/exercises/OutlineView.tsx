import type { Exercise } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

/**
 * What every participant may know of an exercise: who organises it, the agencies taking part and their
 * roles, and the objectives with the capabilities they test — never the scenario ahead.
 */
export function OutlineView({ exercise }: { exercise: Exercise }) {
  const id = useId();
  const { t, formatDate } = useI18n();
  const capability = (cid: string) => exercise.capabilities.find((c) => c.id === cid)?.name ?? cid;
  return (
    <>
      <section className="card" aria-labelledby={`${id}-outline`} data-testid="exercise-outline">
        <h2 id={`${id}-outline`}>{t('exerciseOutline.title')}</h2>
        <dl className="details">
          <dt>{t('exerciseOutline.type')}</dt>
          <dd>{t(`exerciseType.${exercise.type}`)}</dd>
          <dt>{t('exerciseOutline.organiser')}</dt>
          <dd>{exercise.ownerName}</dd>
          <dt>{t('exerciseOutline.when')}</dt>
          <dd>
            {t('exercise.dates', {
              start: formatDate(exercise.startsAt, 'date-time'),
              end: formatDate(exercise.endsAt, 'date-time'),
            })}
          </dd>
        </dl>
        <h3>{t('exerciseOutline.participants')}</h3>
        {exercise.participants.length === 0 ? (
          <p className="empty">{t('exerciseParticipants.empty')}</p>
        ) : (
          <ul className="exercise-participant-list">
            {exercise.participants.map((p) => (
              <li key={p.id}>
                {p.orgName} — {t(`exerciseRole.${p.role}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby={`${id}-objectives`} data-testid="exercise-objectives">
        <h2 id={`${id}-objectives`}>{t('exerciseOutline.objectives')}</h2>
        {exercise.objectives.length === 0 ? (
          <p className="empty">{t('exerciseDesign.noObjective')}</p>
        ) : (
          <ol className="exercise-objectives">
            {exercise.objectives.map((o) => (
              <li key={o.id} data-objective-id={o.id}>
                <p>{o.text}</p>
                {o.capabilities.length > 0 && (
                  <p className="hint">{t('exerciseOutline.tests', { capabilities: o.capabilities.map(capability).join(', ') })}</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
