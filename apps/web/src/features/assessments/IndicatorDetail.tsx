import type { IndicatorDetail as Detail } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { vehicleClassName } from '../threat/vehicleClassName.ts';
import { formatDecimal, formatShare } from './numberFormats.ts';

type ClassesDetail = Extract<Detail, { key: 'vehicle-accessibility' | 'vehicle-energy' }>;

/** Per vehicle class: the share of the perimeter reached at 32, 48 and 64 km/h, the top speed and energy. */
function ClassesTable({ detail }: { detail: ClassesDetail }) {
  const { t, locale, formatMeasure } = useI18n();
  return (
    <TableScroll>
      <table className="table table-dense">
        <caption>{t('indicator.classesCaption')}</caption>
        <TableHead
          columns={[
            { label: 'indicator.col.class' },
            { label: 'indicator.col.share32', numeric: true },
            { label: 'indicator.col.share48', numeric: true },
            { label: 'indicator.col.share64', numeric: true },
            { label: 'indicator.col.maxSpeed', numeric: true },
            { label: 'indicator.col.maxEnergy', numeric: true },
          ]}
        />
        <tbody>
          {detail.classes.map((c) => (
            <tr key={c.class}>
              <th scope="row">{vehicleClassName(t, c.class, c.name)}</th>
              <td className="numeric">{formatShare(c.share32, locale)}</td>
              <td className="numeric">{formatShare(c.share48, locale)}</td>
              <td className="numeric">{formatShare(c.share64, locale)}</td>
              <td className="numeric nowrap">{formatMeasure(c.maxSpeedKmh, 'km/h', 'up')}</td>
              <td className="numeric nowrap">{formatMeasure(c.maxEnergyKJ, 'kJ', 'up')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The detail behind an indicator's headline value, as its kind has it. */
export function IndicatorDetail({ detail }: { detail: Detail }) {
  const { t, locale, formatArea, formatCount, formatEuros } = useI18n();
  const none = t('common.none');
  const people = (n: number | null) => (n === null ? none : t('indicator.people', { count: formatCount(n) }));
  const density = (d: number | null) =>
    d === null ? none : t('indicator.density', { value: formatDecimal(d, locale, 2) });
  switch (detail.key) {
    case 'vehicle-accessibility':
    case 'vehicle-energy':
      return <ClassesTable detail={detail} />;
    case 'crowd-exposure':
      return (
        <dl className="indicator-facts">
          <dt>{t('indicator.area')}</dt>
          <dd>{formatArea(detail.areaM2)}</dd>
          <dt>{t('indicator.typicalOccupancy')}</dt>
          <dd>{people(detail.typicalOccupancy)}</dd>
          <dt>{t('indicator.eventOccupancy')}</dt>
          <dd>{people(detail.eventOccupancy)}</dd>
          <dt>{t('indicator.typicalDensity')}</dt>
          <dd>{density(detail.typicalDensity)}</dd>
          <dt>{t('indicator.eventDensity')}</dt>
          <dd>{density(detail.eventDensity)}</dd>
          <dt>{t('indicator.peakDensity')}</dt>
          <dd>{density(detail.peakDensity)}</dd>
          <dt>{t('indicator.simulatedPeople')}</dt>
          <dd>{people(detail.simulatedPeople)}</dd>
        </dl>
      );
    case 'built-measures':
      return (
        <dl className="indicator-facts">
          <dt>{t('indicator.osmBarriers')}</dt>
          <dd>
            {detail.osm.length === 0 ? (
              t('indicator.noOsmBarriers')
            ) : (
              <ul className="plain-list">
                {detail.osm.map((b) => (
                  <li key={b.class}>
                    {t('indicator.osmBarrier', { count: formatCount(b.count), class: b.class })}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('indicator.planMeasures')}</dt>
          <dd>{formatCount(detail.planMeasures)}</dd>
          <dt>{t('indicator.planCost')}</dt>
          <dd>{detail.planCostEur === null ? none : formatEuros(detail.planCostEur)}</dd>
        </dl>
      );
  }
}
