import type { MapLayersJson } from '@pactesur/api-client';
import type { LngLat, ProtectionPlan } from '@pactesur/contracts';
import { useCallback, useMemo, useRef, useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import type { Bounds } from '../sites/map/outlines.ts';
import { MeasurePopup } from './MeasurePopup.tsx';
import { MeasuresTable } from './MeasuresTable.tsx';
import { PlanEditsPanel } from './PlanEditsPanel.tsx';
import { PlanVerification } from './PlanVerification.tsx';
import { ProtectionExports } from './ProtectionExports.tsx';
import { ProtectionMap } from './ProtectionMap.tsx';
import {
  addForbidden,
  NO_EDITS,
  pendingLockIndexes,
  removeForbidden,
  reoptimiseRequest,
  toggleLock,
  type PlanEdits,
} from './map/planEdits.ts';
import { measureBounds, planBounds, type FeasiblePlan } from './map/protectionFeatures.ts';

interface Props {
  readonly plan: ProtectionPlan;
  readonly result: FeasiblePlan;
  readonly layers: MapLayersJson | null;
  readonly siteName: string;
  /**
   * Locking, forbidding and re-optimising are offered: they make a new scenario, which only editors of the
   * plan's owner organisation may (`mayReoptimise`).
   */
  readonly canReoptimise: boolean;
}

/**
 * A plan that stops every design-basis class: the map of its lines (choosing one, on the map or in the
 * table, opens its popup), the bill of measures with totals, the verification, the changes for a new
 * scenario (editors of the owner organisation), and the exports.
 */
export function ProtectionResultView({ plan, result, layers, siteName, canReoptimise }: Props) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [selected, setSelected] = useState<number | null>(null);
  const [focus, setFocus] = useState<Bounds | null>(null);
  const [edits, setEdits] = useState<PlanEdits>(NO_EDITS);
  const [forbidding, setForbidding] = useState(false);
  const [name, setName] = useState(() => t('protection.scenarioDefault', { name: plan.name }));
  const whole = useMemo(() => planBounds(plan.zone, result.measures), [plan.zone, result.measures]);
  const pendingLocks = useMemo(() => pendingLockIndexes(edits), [edits]);
  const forbidden = useMemo<readonly LngLat[]>(
    () => [...plan.request.forbidden, ...edits.forbidden],
    [plan.request.forbidden, edits.forbidden],
  );
  const measure = selected === null ? undefined : result.measures[selected];
  const mapColumn = useRef<HTMLElement>(null);

  const choose = useCallback(
    (index: number, frame: boolean) => {
      const m = result.measures[index];
      if (!m) return;
      setSelected(index);
      if (frame) setFocus(measureBounds(m));
      announce(t('protection.lineShown', { n: index + 1, name: m.name }));
    },
    [result.measures, announce, t],
  );
  const picked = useCallback((index: number) => choose(index, false), [choose]);
  const lock = (index: number) => {
    const m = result.measures[index];
    if (!m) return;
    const next = toggleLock(edits, index, m);
    setEdits(next);
    const locked = next.locks.some((l) => l.index === index);
    announce(t(locked ? 'protection.lockAdded' : 'protection.lockRemoved', { n: index + 1 }));
  };
  const startForbidding = (on: boolean) => {
    setForbidding(on);
    // The button sits below the map: bring the map back into view for the click it waits for.
    if (on) mapColumn.current?.scrollIntoView({ block: 'nearest' });
  };
  const forbid = (at: readonly [number, number]) => {
    setEdits((current) => addForbidden(current, at));
    setForbidding(false);
    announce(t('protection.forbidAdded'));
  };
  const reoptimise = () =>
    void action.run(async () => {
      const scenario = await api.reoptimiseProtectionPlan(
        plan.id,
        reoptimiseRequest(plan.request, edits, name),
      );
      navigate(pathOf({ name: 'protection', id: scenario.id }));
      announce(t('protection.reoptimised', { name: scenario.name }));
    });

  return (
    <>
      <div className="threat-workspace protection-workspace">
        <section className="threat-map-column" aria-labelledby="protection-map-title" ref={mapColumn}>
          <div className="section-header">
            <h2 id="protection-map-title">{t('protection.mapTitle')}</h2>
            {focus !== null && (
              <button type="button" className="button-quiet" onClick={() => setFocus(null)}>
                {t('threat.showWholeZone')}
              </button>
            )}
          </div>
          <div className="forbid-mode" role="status" data-testid="forbid-mode">
            {canReoptimise && forbidding && (
              <p className="notice">
                {t('protection.forbidHint')}{' '}
                <button type="button" className="button-quiet" onClick={() => setForbidding(false)}>
                  {t('protection.forbidCancel')}
                </button>
              </p>
            )}
          </div>
          <ProtectionMap
            label={t('protection.mapLabel', { name: siteName })}
            layers={layers}
            zone={plan.zone}
            measures={result.measures}
            selected={selected}
            pendingLocks={pendingLocks}
            verification={result.verification}
            stations={result.stations}
            forbidden={forbidden}
            fit={focus ?? whole}
            onPick={picked}
            onForbid={canReoptimise && forbidding ? forbid : null}
            popup={
              measure &&
              selected !== null && (
                <MeasurePopup
                  measure={measure}
                  index={selected}
                  pendingLock={pendingLocks.has(selected)}
                  onLock={canReoptimise ? () => lock(selected) : null}
                />
              )
            }
            onClosePopup={() => setSelected(null)}
          />
          <p className="hint">{t('protection.mapHint')}</p>
        </section>
        <section className="card threat-entries-column" aria-labelledby="protection-measures-title">
          <h2 id="protection-measures-title">{t('protection.measuresTitle')}</h2>
          <MeasuresTable
            measures={result.measures}
            totalCostEur={result.totalCostEur}
            maintenancePerYearEur={result.maintenancePerYearEur}
            selected={selected}
            pendingLocks={pendingLocks}
            onSelect={(index) => choose(index, true)}
          />
        </section>
      </div>
      <PlanVerification result={result} />
      {canReoptimise && (
        <>
          <ErrorMessage error={action.error} />
          <PlanEditsPanel
            measures={result.measures}
            selected={selected}
            edits={edits}
            forbidding={forbidding}
            name={name}
            busy={action.busy}
            onToggleLock={lock}
            onForbidding={startForbidding}
            onForbidSelected={() => measure && forbid(measure.at)}
            onRemoveLock={(index) =>
              setEdits((current) => ({ ...current, locks: current.locks.filter((l) => l.index !== index) }))
            }
            onRemoveForbidden={(index) => setEdits((current) => removeForbidden(current, index))}
            onName={setName}
            onReoptimise={reoptimise}
          />
        </>
      )}
      <ProtectionExports id={plan.id} />
    </>
  );
}
