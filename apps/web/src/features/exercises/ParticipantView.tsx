import type { Exercise, ExerciseResponse, MyMembership } from '@pactesur/contracts';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { api } from '../../api.ts';
import { can } from '../../access/can.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import type { RecordNews } from '../../ui/recordNews.ts';
import { useLiveChanges } from '../../ui/useLiveChanges.ts';
import { useResource } from '../../ui/useResource.ts';
import { ClockFace } from './ClockFace.tsx';
import { DeliveryCard } from './DeliveryCard.tsx';
import { EvaluationPanel } from './EvaluationPanel.tsx';
import { ExerciseHeader } from './ExerciseHeader.tsx';
import { FeedbackPanel } from './FeedbackPanel.tsx';
import { ImprovementPlan } from './ImprovementPlan.tsx';
import { OutlineView } from './OutlineView.tsx';
import { ReportView } from './ReportView.tsx';
import { ResponseForm } from './ResponseForm.tsx';
import { ResponsesList } from './ResponsesList.tsx';
import { useDeliveries } from './useDeliveries.ts';

interface Props {
  readonly initial: Exercise;
  readonly membership: MyMembership;
}

/**
 * An exercise on the page of a participant who does not control it: its outline and objectives, the
 * injects delivered to their organisation as they arrive (latest first), and — for players — a response
 * to each and a free one, with their organisation's responses. Evaluators record their observations once
 * it has started and read the after-action report; once play has ended every participant gives feedback;
 * the improvement plan is there for all to read.
 */
export function ParticipantView({ initial, membership }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [exercise, setExercise] = useState(initial);
  const [deleted, setDeleted] = useState(false);
  const [round, setRound] = useState(0);
  const [observationRound, setObservationRound] = useState(0);
  const [actionsRound, setActionsRound] = useState(0);
  // Injects delivered and responses given: the evaluators' report is drawn up again.
  const [runRound, setRunRound] = useState(0);
  const [answering, setAnswering] = useState<string | null>(null);
  const player = exercise.myRoles.includes('player');
  const evaluator = exercise.myRoles.includes('evaluator');
  const status = exercise.clock.status;
  const started = status !== 'planning';
  const mayEvaluate = can(membership, 'exercise.evaluate', exercise.access);
  const { feed, following, refused } = useDeliveries(exercise.id, membership.orgId);
  const responses = useResource(
    () => (player ? api.exerciseResponses(exercise.id) : Promise.resolve<ExerciseResponse[]>([])),
    `${exercise.id}:${player}:${round}`,
  );

  // The clock's state is read again when the page learns the exercise changed: news of the design or the
  // participants, or injects arriving while the page still thinks it is not running.
  const reread = useCallback(() => {
    void api.getExercise(exercise.id).then(setExercise, () => undefined);
  }, [exercise.id]);
  const running = exercise.clock.status === 'running';
  const seen = useRef(0);
  useEffect(() => {
    if (feed.length > seen.current && !running) reread();
    seen.current = feed.length;
  }, [feed.length, running, reread]);
  useLiveChanges(
    `record:exercise:${exercise.id}`,
    useCallback(
      (n: RecordNews) => {
        if (n.change === 'deleted') setDeleted(true);
        else if (n.change === 'updated') reread();
        else if (n.change === 'observation') setObservationRound((r) => r + 1);
        else if (n.change === 'actions') setActionsRound((r) => r + 1);
        else if (n.change === 'delivered' || n.change === 'response') {
          setRunRound((r) => r + 1);
          if (n.change === 'response' && player) setRound((r) => r + 1);
        }
      },
      [reread, player],
    ),
    // Changed between this page's load and its following the channel: no news will say so.
    useCallback(() => {
      reread();
      setObservationRound((r) => r + 1);
      setActionsRound((r) => r + 1);
    }, [reread]),
  );

  const answered = (r: ExerciseResponse) => {
    responses.setData((list) => [...(list ?? []).filter((x) => x.id !== r.id), r]);
    setAnswering(null);
  };
  const numberOf = (injectId: string) => feed.find((d) => d.injectId === injectId)?.number ?? null;

  return (
    <article
      className="page exercise-page"
      aria-labelledby="exercise-title"
      data-testid="exercise"
      data-view={player ? 'player' : 'participant'}
      data-status={exercise.clock.status}
    >
      <p>
        <Link to={pathOf({ name: 'exercises' })}>← {t('exercise.back')}</Link>
      </p>
      <ExerciseHeader exercise={exercise} status={exercise.clock.status} />
      {deleted && (
        <p className="notice" role="alert">
          {t('exercise.deleted')}
        </p>
      )}
      <ClockFace clock={exercise.clock} />
      <div className="exercise-columns">
        <div className="exercise-feed-column">
          {evaluator && <EvaluationPanel exercise={exercise} status={status} round={observationRound} canObserve={mayEvaluate} />}
          <section className="card" aria-labelledby={`${id}-feed`} data-testid="exercise-feed" data-following={following}>
            <h2 id={`${id}-feed`}>{t('exerciseFeed.title', { org: membership.orgName })}</h2>
            <p className="hint">{t(player ? 'exerciseFeed.hintPlayer' : 'exerciseFeed.hintWatcher')}</p>
            {refused && (
              <p className="error" role="alert">
                {t('exerciseFeed.refused')}
              </p>
            )}
            {feed.length === 0 && <p className="empty">{t(following ? 'exerciseFeed.empty' : 'exerciseFeed.connecting')}</p>}
            <ol className="delivery-list" reversed>
              {[...feed].reverse().map((d) => (
                <li key={d.injectId}>
                  <DeliveryCard delivery={d}>
                    {player &&
                      (answering === d.injectId ? (
                        <ResponseForm exerciseId={exercise.id} injectId={d.injectId} onAnswer={answered} />
                      ) : (
                        <button
                          type="button"
                          onClick={() => setAnswering(d.injectId)}
                          aria-label={t('exerciseResponses.respondTo', { number: d.number })}
                        >
                          {t('exerciseResponses.respond')}
                        </button>
                      ))}
                  </DeliveryCard>
                </li>
              ))}
            </ol>
          </section>
          {player && (
            <section className="card" aria-labelledby={`${id}-free`} data-testid="free-response">
              <h2 id={`${id}-free`}>{t('exerciseResponses.freeTitle')}</h2>
              <ResponseForm exerciseId={exercise.id} injectId={null} onAnswer={answered} />
            </section>
          )}
          {player && (
            <section className="card" aria-labelledby={`${id}-ours`} data-testid="our-responses">
              <h2 id={`${id}-ours`}>{t('exerciseResponses.ours', { org: membership.orgName })}</h2>
              <ErrorMessage error={responses.error} />
              {responses.data && <ResponsesList responses={responses.data} numberOf={numberOf} />}
            </section>
          )}
        </div>
        <div className="exercise-outline-column">
          <OutlineView exercise={exercise} />
        </div>
      </div>
      {status === 'ended' && <FeedbackPanel exercise={exercise} status={status} canGive={mayEvaluate} chooseKind={false} canReadAll={evaluator} />}
      {started && <ImprovementPlan exercise={exercise} editable={false} round={actionsRound} />}
      {evaluator && started && (
        <ReportView exercise={exercise} status={status} round={`${exercise.clock.at}:${observationRound}:${actionsRound}:${runRound}`} />
      )}
    </article>
  );
}
