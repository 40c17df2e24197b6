import type { LiveState } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { densityGauge } from './LiveGaugeScale.ts';
import { usePerM2 } from './LivePerM2.ts';

type Figures = Omit<LiveState, 'entries'>;

/**
 * The crowd now: occupancy, density over the usable area, and the density on a gauge of the four levels
 * between the thresholds (2 / 4 / 5 persons/m² by default), the level in words and colour.
 */
export function LiveGauge({ state }: { state: Figures }) {
  const { t, formatCount, formatArea } = useI18n();
  const perM2 = usePerM2();
  const gauge = densityGauge(state.density, state.thresholds);
  const density = perM2(state.density);
  const level = t(`events.ops.level.${state.level}`);
  return (
    <section
      className={`card live-gauge level-${state.level}`}
      aria-labelledby="live-gauge-title"
      data-testid="live-gauge"
      data-level={state.level}
    >
      <h3 id="live-gauge-title">{t('events.ops.live.crowdNow')}</h3>
      <dl className="live-figures">
        <div>
          <dt>{t('events.ops.live.occupancy')}</dt>
          <dd data-testid="live-occupancy" data-value={state.occupancy}>
            {formatCount(state.occupancy)}
          </dd>
        </div>
        <div>
          <dt>{t('events.ops.live.density')}</dt>
          <dd data-testid="live-density" data-value={state.density}>
            {density}
          </dd>
        </div>
        <div>
          <dt>{t('events.ops.live.level')}</dt>
          <dd>
            <span className={`level-chip level-${state.level}`} data-testid="live-level">
              {level}
            </span>
          </dd>
        </div>
      </dl>
      <div
        className="density-gauge"
        role="meter"
        aria-label={t('events.ops.live.gaugeLabel')}
        aria-valuemin={0}
        aria-valuemax={gauge.max}
        aria-valuenow={state.density}
        aria-valuetext={t('events.ops.live.gaugeText', { density, level })}
      >
        {gauge.bands.map((b) => (
          <span
            key={b.level}
            className={`gauge-band level-${b.level}`}
            style={{ left: `${b.start * 100}%`, width: `${b.width * 100}%` }}
          />
        ))}
        <span
          className="gauge-marker"
          style={{ left: `${Math.min(gauge.marker, 1) * 100}%` }}
          aria-hidden="true"
        />
      </div>
      <ol className="gauge-legend" aria-label={t('events.ops.live.thresholds')}>
        {gauge.bands.map((b) => (
          <li key={b.level} className={`level-${b.level}`}>
            <span className="swatch" aria-hidden="true" />
            {t(`events.ops.level.${b.level}`)}{' '}
            <span className="meta">
              {b.level === 'critical'
                ? t('events.ops.live.from', { value: perM2(b.from) })
                : t('events.ops.live.range', { from: perM2(b.from), to: perM2(b.to) })}
            </span>
          </li>
        ))}
      </ol>
      <p className="meta">{t('events.ops.live.area', { area: formatArea(state.usableAreaM2) })}</p>
    </section>
  );
}
