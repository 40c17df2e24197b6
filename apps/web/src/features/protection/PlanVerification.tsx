import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { byClassOrder, vehicleClassName } from '../threat/vehicleClassName.ts';
import type { FeasiblePlan } from './map/protectionFeatures.ts';
import { noStationText } from './noStationText.ts';

/** Unstopped approaches listed before the rest is left to the map and the exports. */
const FIRST_ROWS = 20;

/** A check of the verification: ✓ or ✗, in words as well as the mark. */
function Check({ ok, label, detail }: { ok: boolean; label: string; detail?: string }) {
  const { t } = useI18n();
  return (
    <div className={ok ? 'check-ok' : 'check-failed'}>
      <dt>{label}</dt>
      <dd>
        <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
        {ok ? t('common.yes') : t('common.no')}
        {detail && <span className="check-meta"> {detail}</span>}
      </dd>
    </div>
  );
}

/**
 * The independent check of a plan (the vehicle analysis run again with the plan's lines in place): passed
 * or not, the approaches still open with their speeds, emergency routes, pedestrian lines, the exposure
 * left, and how the solver finished.
 */
export function PlanVerification({ result }: { result: FeasiblePlan }) {
  const { t, formatMeasure, formatCount } = useI18n();
  const v = result.verification;
  const unstopped = [...v.unstopped].sort((a, b) => b.speedKmh - a.speedKmh);
  const unreached = byClassOrder(result.unreached).map((c) => vehicleClassName(t, c));
  return (
    <section className="card" aria-labelledby="plan-verification-title" data-testid="plan-verification">
      <h2 id="plan-verification-title">{t('protection.verificationTitle')}</h2>
      <p
        className={v.passed ? 'verdict verdict-passed' : 'verdict verdict-failed'}
        data-testid="plan-verdict"
        data-passed={v.passed}
      >
        <span aria-hidden="true">{v.passed ? '✓ ' : '✗ '}</span>
        {v.passed ? t('protection.passed') : t('protection.notPassed')}
      </p>
      <dl className="checks-list">
        <Check
          ok={v.unstoppedApproaches === 0}
          label={t('protection.allStopped')}
          detail={t('protection.unstoppedCount', { count: formatCount(v.unstoppedApproaches) })}
        />
        <Check
          ok={v.emergencyRoutesOpen}
          label={t('protection.emergencyOpen')}
          detail={
            v.stationsChecked > 0
              ? t('protection.stationsChecked', { count: formatCount(v.stationsChecked) })
              : noStationText(t, result.stationSearch)
          }
        />
        <Check ok={v.pedestrianLinesPermeable} label={t('protection.pedestrianPermeable')} />
      </dl>
      <p className="meta">
        {t('protection.exposure', {
          before: formatMeasure(result.exposure.beforeKJ, 'kJ', 'up'),
          after: formatMeasure(Math.max(0, result.exposure.afterKJ), 'kJ', 'up'),
        })}
      </p>
      {unreached.length > 0 && (
        <p className="meta">{t('protection.unreached', { classes: unreached.join(', ') })}</p>
      )}
      {result.stations.length > 0 && (
        <p className="meta">
          {t('protection.stationsKept', { stations: result.stations.map((s) => s.name).join(', ') })}
        </p>
      )}
      <p className="meta">
        {result.optimal
          ? t('protection.optimal', { seconds: result.solveS.toFixed(1) })
          : t('protection.nearOptimal', {
              gap: result.gap === null ? '?' : (result.gap * 100).toFixed(1),
              seconds: result.solveS.toFixed(1),
            })}
      </p>
      {unstopped.length > 0 && (
        <div className="table-scroll">
          <table className="table table-dense" data-testid="unstopped">
            <caption>{t('protection.unstoppedCaption')}</caption>
            <TableHead
              columns={[
                { label: 'threat.col.class' },
                { label: 'threat.col.speed', numeric: true },
                { label: 'protection.col.where' },
              ]}
            />
            <tbody>
              {unstopped.slice(0, FIRST_ROWS).map((u, i) => (
                <tr key={i}>
                  <th scope="row">{vehicleClassName(t, u.class)}</th>
                  <td className="numeric nowrap strong">{formatMeasure(u.speedKmh, 'km/h', 'up')}</td>
                  <td className="mono nowrap">
                    {u.at[0].toFixed(5)}, {u.at[1].toFixed(5)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {unstopped.length > FIRST_ROWS && (
            <p className="hint">
              {t('protection.unstoppedMore', { count: formatCount(unstopped.length - FIRST_ROWS) })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
