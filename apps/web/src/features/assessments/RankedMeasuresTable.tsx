import type { RankedMeasure } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { formatDecimal } from './numberFormats.ts';

/**
 * The proposed measures ranked by the risk each reduces per euro (each alone against today's scores):
 * rank, title, cost, risk reduced, and risk reduced per million euros ("free" for a measure costing nothing).
 */
export function RankedMeasuresTable({ ranked }: { ranked: readonly RankedMeasure[] }) {
  const { t, locale, formatEuros } = useI18n();
  return (
    <section aria-labelledby="ranked-title">
      <h3 id="ranked-title">{t('results.ranked')}</h3>
      {ranked.length === 0 ? (
        <p className="empty">{t('results.rankedEmpty')}</p>
      ) : (
        <TableScroll rows={ranked.length}>
          <table className="table table-dense" data-testid="ranked-measures">
            <caption>{t('results.rankedCaption')}</caption>
            <TableHead
              columns={[
                { label: 'ranked.col.rank', numeric: true },
                { label: 'ranked.col.title' },
                { label: 'ranked.col.cost', numeric: true },
                { label: 'ranked.col.reduced', numeric: true },
                { label: 'ranked.col.perMEur', numeric: true },
              ]}
            />
            <tbody>
              {ranked.map((m, i) => (
                <tr
                  key={m.id}
                  data-testid="ranked-measure"
                  data-measure-id={m.id}
                  data-reduced={m.riskReduced}
                >
                  <td className="numeric">{i + 1}</td>
                  <th scope="row">{m.title}</th>
                  <td className="numeric nowrap">{formatEuros(m.costEur)}</td>
                  <td className="numeric">{m.riskReduced}</td>
                  <td className="numeric nowrap">
                    {m.riskReducedPerMEur === null
                      ? t('ranked.free')
                      : formatDecimal(m.riskReducedPerMEur, locale, 1)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
