import type { ExerciseClock, RunCommandInput } from '@pactesur/contracts';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { formatScenarioTime, parseScenarioTime, runClockTime } from '@pactesur/exercises';

/** The speeds offered: scenario seconds per wall second. */
export const SPEEDS = [1, 2, 5, 10, 30, 60, 120] as const;

interface Props {
  readonly clock: ExerciseClock;
  readonly busy: boolean;
  readonly send: (command: RunCommandInput) => void;
}

/** The controllers' commands of the clock: start at a speed, pause, resume, change the speed, jump on, end. */
export function RunCommands({ clock, busy, send }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [speed, setSpeed] = useState<number>(clock.status === 'planning' ? 1 : clock.speed);
  const [jump, setJump] = useState('');
  const live = clock.status === 'running' || clock.status === 'paused';
  const to = parseScenarioTime(jump);
  const later = to !== null && to >= runClockTime(clock, Date.now());
  if (clock.status === 'ended') return <p className="notice">{t('exerciseRun.ended')}</p>;
  return (
    <div className="form run-commands" data-testid="run-commands">
      <div className="form form-row">
        <div className="field">
          <label htmlFor={`${id}-speed`}>{t('exerciseRun.speed')}</label>
          <select id={`${id}-speed`} value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t(s === 1 ? 'exerciseRun.realTime' : 'exerciseRun.times', { speed: s })}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          {clock.status === 'planning' && (
            <button type="button" className="button-primary" disabled={busy} onClick={() => send({ action: 'start', speed })}>
              {t('exerciseRun.start')}
            </button>
          )}
          {live && speed !== clock.speed && (
            <button type="button" disabled={busy} onClick={() => send({ action: 'speed', speed })}>
              {t('exerciseRun.setSpeed')}
            </button>
          )}
          {clock.status === 'running' && (
            <button type="button" disabled={busy} onClick={() => send({ action: 'pause' })}>
              {t('exerciseRun.pause')}
            </button>
          )}
          {clock.status === 'paused' && (
            <button type="button" className="button-primary" disabled={busy} onClick={() => send({ action: 'resume' })}>
              {t('exerciseRun.resume')}
            </button>
          )}
        </div>
      </div>
      {live && (
        <div className="form form-row">
          <div className="field">
            <label htmlFor={`${id}-jump`}>{t('exerciseRun.jumpTo')}</label>
            <input
              id={`${id}-jump`}
              placeholder={formatScenarioTime(runClockTime(clock, Date.now()) + 600)}
              value={jump}
              aria-invalid={jump !== '' && !later}
              aria-describedby={`${id}-jump-hint`}
              onChange={(e) => setJump(e.target.value)}
            />
            <small id={`${id}-jump-hint`}>{t('exerciseRun.jumpHint')}</small>
          </div>
          <div className="actions">
            <button
              type="button"
              disabled={busy || to === null || !later}
              onClick={() => {
                if (to === null) return;
                send({ action: 'jump', toScenarioTimeS: to });
                setJump('');
              }}
            >
              {t('exerciseRun.jump')}
            </button>
            <button type="button" className="button-danger" disabled={busy} onClick={() => send({ action: 'end' })}>
              {t('exerciseRun.end')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
