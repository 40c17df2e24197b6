import type { Exercise, ExerciseClock, RunCommandInput, Timeline } from '@pactesur/contracts';
import { useEffect, useId } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { ClockFace } from './ClockFace.tsx';
import { ResponsesList } from './ResponsesList.tsx';
import { RunCommands } from './RunCommands.tsx';
import { TimelineTable } from './TimelineTable.tsx';

interface Props {
  readonly exercise: Exercise;
  readonly clock: ExerciseClock;
  readonly onClock: (clock: ExerciseClock) => void;
  /** Moves on with each delivery and response announced on the exercise's channel: read them again. */
  readonly round: number;
  readonly canRun: boolean;
}

/**
 * The live run, for the controllers: the simulation clock and its commands, the timeline of the injects
 * with what the run did with each, and the players' responses as they come.
 */
export function RunTab({ exercise, clock, onClock, round, canRun }: Props) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const timeline = useResource(() => api.exerciseTimeline(exercise.id), `${exercise.id}:${round}`);
  const responses = useResource(() => api.exerciseResponses(exercise.id), `${exercise.id}:${round}`);
  useEffect(() => {
    if (timeline.data) onClock(timeline.data.clock);
  }, [timeline.data, onClock]);

  const send = (command: RunCommandInput) =>
    void action
      .run(() => api.runExercise(exercise.id, command))
      .then((next: Timeline | undefined) => {
        if (!next) return;
        timeline.setData(() => next);
        announce(t(`exerciseRun.done.${command.action}`));
      });

  const injects = timeline.data?.injects ?? [];
  const numberOf = (injectId: string) => injects.find((i) => i.inject.id === injectId)?.inject.number ?? null;
  return (
    <div className="exercise-run" data-testid="exercise-run">
      <section className="card" aria-labelledby={`${id}-clock`}>
        <h2 id={`${id}-clock`}>{t('exerciseRun.clock')}</h2>
        <ClockFace clock={clock} />
        {canRun && <RunCommands clock={clock} busy={action.busy} send={send} />}
        <ErrorMessage error={action.error} />
      </section>
      <section className="card" aria-labelledby={`${id}-timeline`}>
        <h2 id={`${id}-timeline`}>{t('exerciseRun.timeline')}</h2>
        <ErrorMessage error={timeline.error} />
        {!timeline.data && !timeline.error && <p className="loading">{t('app.loading')}</p>}
        {timeline.data && injects.length === 0 && <p className="empty">{t('msel.empty')}</p>}
        {injects.length > 0 && (
          <TimelineTable
            injects={injects}
            participants={exercise.participants}
            status={clock.status}
            send={canRun ? send : null}
            busy={action.busy}
          />
        )}
      </section>
      <section className="card" aria-labelledby={`${id}-responses`} data-testid="run-responses">
        <h2 id={`${id}-responses`}>{t('exerciseRun.responses')}</h2>
        <ErrorMessage error={responses.error} />
        {responses.data && <ResponsesList responses={responses.data} numberOf={numberOf} />}
      </section>
    </div>
  );
}
