import type { Exercise, ExerciseClock, ExerciseDesign, MyMembership } from '@pactesur/contracts';
import { useCallback, useState } from 'react';
import { can } from '../../access/can.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { SaveStatus } from '../../ui/SaveStatus.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { DesignTab } from './DesignTab.tsx';
import { EvaluationTab } from './EvaluationTab.tsx';
import { ExerciseHeader } from './ExerciseHeader.tsx';
import { ImprovementPlan } from './ImprovementPlan.tsx';
import { ParticipantsTab } from './ParticipantsTab.tsx';
import { ReportView } from './ReportView.tsx';
import { RunTab } from './RunTab.tsx';
import { newerClock } from './scenarioTime.ts';
import { useDesignDraft } from './useDesignDraft.ts';
import { useExerciseNews } from './useExerciseNews.ts';

/** The tabs of a controller's page. */
const CONTROL_TABS = ['design', 'participants', 'run', 'evaluation', 'improvement', 'report'] as const;
type ControlTab = (typeof CONTROL_TABS)[number];

interface Props {
  readonly initial: Exercise;
  readonly design: ExerciseDesign;
  readonly membership: MyMembership;
}

/**
 * An exercise on its controllers' page: its head, how saving stands, news of changes made elsewhere, then
 * in tabs the design (saved as the user goes while the exercise is planned), the participants, the live
 * run, the evaluation (observations, the hot wash and feedback), the improvement plan and the after-action
 * report with its replay.
 */
export function ControlWorkspace({ initial, design, membership }: Props) {
  const { t } = useI18n();
  const [clock, setClock] = useState<ExerciseClock>(initial.clock);
  const canEdit = can(membership, 'record.edit', initial.access);
  const editable = canEdit && clock.status === 'planning';
  const draft = useDesignDraft(initial, design, editable);
  const { news, reload, runRound, observationRound, actionsRound } = useExerciseNews(draft);
  const [tab, setTab] = useState<ControlTab>('design');
  const exercise = draft.exercise;
  const shownClock = newerClock(clock, exercise.clock);
  const onClock = useCallback((next: ExerciseClock) => setClock((c) => newerClock(c, next)), []);
  // What waits to be saved goes before another tab acts on the exercise.
  const select = (next: ControlTab) => {
    void draft.flush();
    setTab(next);
  };

  return (
    <article
      className="page exercise-page"
      aria-labelledby="exercise-title"
      data-testid="exercise"
      data-view="control"
      data-status={shownClock.status}
    >
      <p>
        <Link to={pathOf({ name: 'exercises' })}>← {t('exercise.back')}</Link>
      </p>
      <ExerciseHeader exercise={exercise} status={shownClock.status} />
      {editable && (
        <SaveStatus state={draft.state} words="exerciseSave" onRetry={() => void draft.flush()} onReload={() => void reload()} />
      )}
      {!editable && (
        <p className="notice" data-testid="exercise-read-only">
          {canEdit ? t('exercise.readOnlyStage') : t('exercise.readOnlyRole')}
        </p>
      )}
      {news && (
        <div className="notice" role="alert" data-testid="live-news">
          <p>{t(news === 'deleted' ? 'exercise.deleted' : 'exercise.changed')}</p>
          {news === 'changed' && (
            <button type="button" onClick={() => void reload()}>
              {t('exerciseSave.reload')}
            </button>
          )}
        </div>
      )}
      <Tabs
        id="exercise"
        label="exercise.tabs"
        tabs={CONTROL_TABS}
        name={(tab) => `exerciseTab.${tab}`}
        selected={tab}
        onSelect={select}
        marks={{ participants: String(exercise.participants.length) }}
        className="exercise-tabs"
      >
        {tab === 'design' && <DesignTab draft={draft} editable={editable} />}
        {tab === 'participants' && (
          <ParticipantsTab
            exercise={exercise}
            msel={draft.draft.design.msel}
            editable={can(membership, 'record.share', exercise.access)}
            onChange={draft.accept}
          />
        )}
        {tab === 'run' && (
          <RunTab
            exercise={exercise}
            clock={shownClock}
            onClock={onClock}
            round={runRound}
            canRun={can(membership, 'exercise.run', exercise.access)}
          />
        )}
        {tab === 'evaluation' && (
          <EvaluationTab
            exercise={exercise}
            status={shownClock.status}
            round={observationRound}
            canEvaluate={can(membership, 'exercise.evaluate', exercise.access)}
          />
        )}
        {tab === 'improvement' && (
          <ImprovementPlan exercise={exercise} editable={can(membership, 'exercise.run', exercise.access)} round={actionsRound} />
        )}
        {tab === 'report' && (
          <ReportView exercise={exercise} status={shownClock.status} round={`${runRound}:${observationRound}:${actionsRound}`} />
        )}
      </Tabs>
    </article>
  );
}
