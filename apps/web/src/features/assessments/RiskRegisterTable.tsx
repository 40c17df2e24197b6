import type { ProposedMeasure, RegisterRow } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { RiskBandChip } from './RiskBandChip.tsx';

interface Props {
  readonly register: readonly RegisterRow[];
  /** The proposed measures, to name those a row lists by id. */
  readonly measures: readonly Pick<ProposedMeasure, 'id' | 'title'>[];
}

/**
 * The risk register: one row per scored scenario, highest risk first — threat, when, L, I, R and band, the
 * existing and proposed measures, the risk left once the proposed measures are in place, owner, due date.
 */
export function RiskRegisterTable({ register, measures }: Props) {
  const { t, formatDay } = useI18n();
  const none = t('common.none');
  const titles = new Map(measures.map((m) => [m.id, m.title]));
  const total = register.reduce((sum, r) => sum + r.risk, 0);
  return (
    <section aria-labelledby="register-title">
      <h3 id="register-title">{t('results.register')}</h3>
      {register.length === 0 ? (
        <p className="empty">{t('results.registerEmpty')}</p>
      ) : (
        <TableScroll rows={register.length}>
          <table className="table table-dense register" data-testid="risk-register">
            <caption>{t('results.registerCaption')}</caption>
            <TableHead
              columns={[
                { label: 'register.col.threat' },
                { label: 'register.col.when' },
                { label: 'register.col.likelihood', numeric: true },
                { label: 'register.col.impact', numeric: true },
                { label: 'register.col.risk', numeric: true },
                { label: 'register.col.band' },
                { label: 'register.col.existing' },
                { label: 'register.col.proposed' },
                { label: 'register.col.residual' },
                { label: 'register.col.owner' },
                { label: 'register.col.due' },
              ]}
            />
            <tbody>
              {register.map((r) => (
                <tr key={r.threat} data-testid="register-row" data-threat={r.threat} data-risk={r.risk}>
                  <th scope="row">{t(`threatType.${r.threat}`)}</th>
                  <td>{t(`occasion.${r.when}`)}</td>
                  <td className="numeric">{r.likelihood}</td>
                  <td className="numeric">{r.impact}</td>
                  <td className="numeric strong" data-testid="register-risk">
                    {r.risk}
                  </td>
                  <td>
                    <RiskBandChip band={r.band} />
                  </td>
                  <td>{r.existingMeasures.length === 0 ? none : r.existingMeasures.join('; ')}</td>
                  <td>
                    {r.proposedMeasures.length === 0
                      ? none
                      : r.proposedMeasures.map((id) => titles.get(id) ?? id).join('; ')}
                  </td>
                  <td data-testid="register-residual" data-residual={r.residualRisk}>
                    <RiskBandChip band={r.residualBand} risk={r.residualRisk} />
                  </td>
                  <td>{r.owner || none}</td>
                  <td className="nowrap">{r.dueDate === null ? none : formatDay(r.dueDate)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>
                  {t('register.totalRisk', { risk: total })}
                </th>
                <td colSpan={7} />
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
