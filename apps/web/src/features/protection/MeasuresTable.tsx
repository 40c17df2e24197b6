import type { PlanMeasure } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { SelectableRow } from '../../ui/SelectableRow.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { measureCategory, measureTotals } from './map/protectionFeatures.ts';
import { MEASURE_COLOURS } from './map/protectionOverlay.ts';
import { measureName } from './productName.ts';

interface Props {
  readonly measures: readonly PlanMeasure[];
  /** The plan's own totals (each measure rounded to the euro, then added). */
  readonly totalCostEur: number;
  readonly maintenancePerYearEur: number;
  readonly selected: number | null;
  readonly pendingLocks: ReadonlySet<number>;
  readonly onSelect: (index: number) => void;
}

/**
 * The bill of measures: one row per line (product, rating as tested, width, units, cost, maintenance per
 * year, whether it opens), with the totals. Each row's button (or a click anywhere on the row) selects the
 * line and shows it on the map.
 */
export function MeasuresTable(props: Props) {
  const { measures, selected, pendingLocks, onSelect } = props;
  const { t, formatEuros, formatMetres, formatCount } = useI18n();
  const totals = measureTotals(measures);
  if (measures.length === 0) return <p className="empty">{t('protection.noMeasures')}</p>;
  return (
    <TableScroll rows={measures.length}>
      <table className="table table-dense entries measures" data-testid="measures">
        <caption>{t('protection.measuresCaption', { count: formatCount(measures.length) })}</caption>
        <TableHead
          columns={[
            { label: 'protection.col.line' },
            { label: 'protection.col.product' },
            { label: 'protection.col.rating' },
            { label: 'protection.col.width', numeric: true },
            { label: 'protection.col.units', numeric: true },
            { label: 'protection.col.cost', numeric: true },
            { label: 'protection.col.maintenance', numeric: true },
            { label: 'protection.col.openable' },
          ]}
        />
        <tbody>
          {measures.map((m, index) => {
            const category = measureCategory(m);
            return (
              <SelectableRow
                key={index}
                data={{ 'data-measure': index }}
                selected={index === selected}
                onSelect={() => onSelect(index)}
                number={index + 1}
                colour={MEASURE_COLOURS[category]}
                label={t('protection.showLine', { n: index + 1 })}
              >
                <td>
                  <span data-testid="measure-product">{measureName(t, m)}</span>
                  <span className="meta-line">
                    {t(`measureCategory.${category}`)}
                    {m.locked && ` · ${t('protection.locked')}`}
                    {!m.locked && pendingLocks.has(index) && ` · ${t('protection.toBeLocked')}`}
                  </span>
                </td>
                <td className="rating">{m.rating ?? t('protection.noRatingShort')}</td>
                <td className="numeric nowrap">{formatMetres(m.widthM)}</td>
                <td className="numeric nowrap">{formatCount(m.units)}</td>
                <td className="numeric nowrap" data-testid="measure-cost">
                  {formatEuros(m.costEur)}
                </td>
                <td className="numeric nowrap">{formatEuros(m.maintenancePerYearEur)}</td>
                <td>{m.openable ? t('common.yes') : t('common.no')}</td>
              </SelectableRow>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('protection.total', { count: formatCount(measures.length) })}
            </th>
            <td className="numeric nowrap">{formatMetres(totals.widthM)}</td>
            <td className="numeric nowrap">{formatCount(totals.units)}</td>
            <td className="numeric nowrap strong" data-testid="measures-total-cost">
              {formatEuros(props.totalCostEur)}
            </td>
            <td className="numeric nowrap strong" data-testid="measures-total-maintenance">
              {formatEuros(props.maintenancePerYearEur)}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
