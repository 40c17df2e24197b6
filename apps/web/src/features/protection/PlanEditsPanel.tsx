import { MAX_NAME_LENGTH, type PlanMeasure } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { lngLatText } from './map/lngLatText.ts';
import { hasEdits, type PlanEdits } from './map/planEdits.ts';

interface Props {
  readonly measures: readonly PlanMeasure[];
  readonly selected: number | null;
  readonly edits: PlanEdits;
  readonly forbidding: boolean;
  readonly name: string;
  readonly busy: boolean;
  readonly onToggleLock: (index: number) => void;
  readonly onForbidding: (on: boolean) => void;
  /** Forbids the place of the chosen line (the way to forbid without pointing on the map). */
  readonly onForbidSelected: () => void;
  readonly onRemoveLock: (index: number) => void;
  readonly onRemoveForbidden: (index: number) => void;
  readonly onName: (name: string) => void;
  readonly onReoptimise: () => void;
}

/**
 * Changing a plan: lock the chosen line (it keeps its product), forbid places where no barrier may go
 * (clicking on the map, or at the chosen line), the pending changes listed with a way to take each back,
 * and the re-optimisation that solves a new scenario (this plan stays as it is).
 */
export function PlanEditsPanel(props: Props) {
  const id = useId();
  const { t } = useI18n();
  const { measures, selected, edits, forbidding, busy } = props;
  const chosen = selected === null ? undefined : measures[selected];
  const pendingLock = selected !== null && edits.locks.some((l) => l.index === selected);

  return (
    <section className="card plan-edits" aria-labelledby={`${id}-title`} data-testid="plan-edits">
      <h2 id={`${id}-title`}>{t('protection.editsTitle')}</h2>
      <p className="hint">{t('protection.editsIntro')}</p>
      <div className="toolbar">
        <button
          type="button"
          disabled={selected === null || chosen?.locked !== false || busy}
          aria-pressed={pendingLock}
          onClick={() => selected !== null && props.onToggleLock(selected)}
        >
          {selected === null
            ? t('protection.lockChosen')
            : pendingLock
              ? t('protection.unlockLine', { n: selected + 1 })
              : t('protection.lockLine', { n: selected + 1 })}
        </button>
        <button
          type="button"
          aria-pressed={forbidding}
          disabled={busy}
          onClick={() => props.onForbidding(!forbidding)}
        >
          {forbidding ? t('protection.forbidCancel') : t('protection.forbidHere')}
        </button>
        <button type="button" disabled={selected === null || busy} onClick={props.onForbidSelected}>
          {selected === null ? t('protection.forbidChosen') : t('protection.forbidLine', { n: selected + 1 })}
        </button>
      </div>
      {hasEdits(edits) ? (
        <ul className="pending-edits" aria-label={t('protection.pendingTitle')} data-testid="pending-edits">
          {edits.locks.map((l) => (
            <li key={`lock-${l.index}`}>
              <span>{t('protection.pendingLock', { n: l.index + 1, name: l.name })}</span>
              <button
                type="button"
                className="button-quiet"
                aria-label={t('protection.undoLock', { n: l.index + 1 })}
                onClick={() => props.onRemoveLock(l.index)}
              >
                {t('protection.undo')}
              </button>
            </li>
          ))}
          {edits.forbidden.map((p, i) => (
            <li key={`forbid-${p.join(',')}`}>
              <span>{t('protection.pendingForbid', { n: i + 1, at: lngLatText(p) })}</span>
              <button
                type="button"
                className="button-quiet"
                aria-label={t('protection.undoForbid', { n: i + 1 })}
                onClick={() => props.onRemoveForbidden(i)}
              >
                {t('protection.undo')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('protection.noEdits')}</p>
      )}
      <div className="form form-row">
        <div className="field grow">
          <label htmlFor={`${id}-name`}>{t('protection.scenarioName')}</label>
          <input
            id={`${id}-name`}
            maxLength={MAX_NAME_LENGTH}
            value={props.name}
            onChange={(e) => props.onName(e.target.value)}
          />
        </div>
        <button
          type="button"
          className="button-primary"
          disabled={!hasEdits(edits) || busy}
          onClick={props.onReoptimise}
        >
          {busy ? t('threatForm.starting') : t('protection.reoptimise')}
        </button>
      </div>
    </section>
  );
}
