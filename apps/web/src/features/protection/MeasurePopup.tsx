import type { PlanMeasure } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { measureCategory } from './map/protectionFeatures.ts';
import { measureName } from './productName.ts';

interface Props {
  readonly measure: PlanMeasure;
  readonly index: number;
  /** The line is about to be locked by the next re-optimisation. */
  readonly pendingLock: boolean;
  /** Locking is offered (editors of a plan they may change). */
  readonly onLock: (() => void) | null;
}

/**
 * A measure in the map's popup: the product, its rating as tested, width, units, cost, maintenance, whether
 * it opens and lets people through, whether it is locked; with the lock button for those who may.
 */
export function MeasurePopup({ measure: m, index, pendingLock, onLock }: Props) {
  const { t, formatEuros, formatMetres, formatCount } = useI18n();
  const yes = (on: boolean) => (on ? t('common.yes') : t('common.no'));
  return (
    <div className="measure-popup" data-testid="measure-popup">
      <strong>{t('protection.lineName', { n: index + 1, name: measureName(t, m) })}</strong>
      <div>{t(`measureCategory.${measureCategory(m)}`)}</div>
      <dl>
        <dt>{t('protection.col.rating')}</dt>
        <dd>{m.rating ?? t('protection.noRating')}</dd>
        <dt>{t('protection.popup.size')}</dt>
        <dd>
          {t('protection.popup.sizeValue', { width: formatMetres(m.widthM), units: formatCount(m.units) })}
        </dd>
        <dt>{t('protection.col.cost')}</dt>
        <dd>
          {t('protection.popup.costValue', {
            cost: formatEuros(m.costEur),
            upkeep: formatEuros(m.maintenancePerYearEur),
          })}
        </dd>
        <dt>{t('protection.col.openable')}</dt>
        <dd>{yes(m.openable)}</dd>
        <dt>{t('protection.col.permeable')}</dt>
        <dd>
          {yes(m.permeable)}
          {m.accessibleGap ? ` · ${t('protection.accessibleGap')}` : ''}
        </dd>
      </dl>
      {m.locked ? (
        <p className="measure-locked">{t('protection.lockedByPlan')}</p>
      ) : (
        onLock && (
          <button type="button" className="button-quiet" aria-pressed={pendingLock} onClick={onLock}>
            {pendingLock ? t('protection.unlock') : t('protection.lock')}
          </button>
        )
      )}
    </div>
  );
}
