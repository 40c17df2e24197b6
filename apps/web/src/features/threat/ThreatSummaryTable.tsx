import type { ClassThreat, SpeedBand } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { vehicleClassName } from './vehicleClassName.ts';

/** A speed band, `41–55 km/h`, its low end rounded down and its high end up. */
export function useFormatBand(): (band: SpeedBand | null) => string {
  const { t, formatMeasure, formatCount } = useI18n();
  return (band) =>
    band
      ? t('threat.band', {
          low: formatCount(Math.floor(band.lowKmh + 1e-6)),
          high: formatMeasure(band.highKmh, 'km/h', 'up'),
        })
      : t('common.none');
}

/** Per class: mass, highest speed and energy reaching the zone, entries, and the sensitivity band. */
export function ThreatSummaryTable({
  classes,
  current,
}: {
  classes: readonly ClassThreat[];
  current: string;
}) {
  const { t, formatMeasure, formatCount } = useI18n();
  const band = useFormatBand();
  const withBands = classes.some((c) => c.band !== null);
  return (
    <div className="table-scroll">
      <table className="table table-dense" data-testid="threat-summary">
        <caption>{t('threat.summaryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('threat.col.class')}</th>
            <th scope="col" className="numeric">
              {t('threat.col.mass')}
            </th>
            <th scope="col" className="numeric">
              {t('threat.col.maxSpeed')}
            </th>
            <th scope="col" className="numeric">
              {t('threat.col.maxEnergy')}
            </th>
            <th scope="col" className="numeric">
              {t('threat.col.entries')}
            </th>
            {withBands && (
              <th scope="col" className="numeric">
                {t('threat.col.band')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {classes.map((c) => (
            <tr
              key={c.class}
              className={c.class === current ? 'row-current' : undefined}
              aria-current={c.class === current ? 'true' : undefined}
            >
              <th scope="row">{vehicleClassName(t, c.class, c.name)}</th>
              <td className="numeric nowrap">{formatMeasure(c.massKg, 'kg')}</td>
              <td className="numeric nowrap">
                {c.maxSpeedKmh > 0 ? formatMeasure(c.maxSpeedKmh, 'km/h', 'up') : t('threat.notReached')}
              </td>
              <td className="numeric nowrap">
                {c.maxSpeedKmh > 0 ? formatMeasure(c.maxEnergyKJ, 'kJ', 'up') : t('common.none')}
              </td>
              <td className="numeric">{formatCount(c.entries.length)}</td>
              {withBands && <td className="numeric nowrap">{band(c.band)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
