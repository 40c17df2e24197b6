import type { AssessmentComparison, ScenarioDifference } from '@pactesur/contracts';
import { useI18n, type Translate } from '../../i18n/useI18n.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { riskMove } from './riskChange.ts';
import { RiskBandChip } from './RiskBandChip.tsx';

/** One side of a threat: its scores and risk with its band, or "not scored". */
function Side({ side }: { side: ScenarioDifference['before'] }) {
  const { t } = useI18n();
  if (!side) return <span className="meta">{t('scenario.notScored')}</span>;
  return (
    <>
      <span className="nowrap">
        {t('assessmentCompare.scores', { likelihood: side.likelihood, impact: side.impact, risk: side.risk })}
      </span>{' '}
      <RiskBandChip band={side.band} />
    </>
  );
}

function moveText(t: Translate, d: ScenarioDifference): string {
  const move = riskMove(d);
  switch (move.kind) {
    case 'up':
      return t('assessmentCompare.up', { count: move.by });
    case 'down':
      return t('assessmentCompare.down', { count: move.by });
    case 'same':
      return t('assessmentCompare.same');
    case 'newly-scored':
      return t('assessmentCompare.newlyScored');
    case 'no-longer-scored':
      return t('assessmentCompare.noLongerScored');
    case 'unscored':
      return t('common.none');
  }
}

/**
 * Two versions side by side: each threat scored in either, its L, I, R and band before and after and the
 * change in words; the total risk of each.
 */
export function ComparisonTable({ comparison: c }: { comparison: AssessmentComparison }) {
  const { t } = useI18n();
  // Threat types scored in neither version say nothing: they are left out.
  const scored = c.scenarios.filter((d) => d.before !== null || d.after !== null);
  const total = c.totalRiskAfter - c.totalRiskBefore;
  const totalKind = total > 0 ? 'up' : total < 0 ? 'down' : 'same';
  return (
    <TableScroll rows={scored.length}>
      <table className="table compare-versions" data-testid="assessment-compare">
        <caption>
          {t('assessmentCompare.caption', { before: c.before.version, after: c.after.version })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('assessmentCompare.col.threat')}</th>
            <th scope="col">{t('assessmentCompare.col.before', { version: c.before.version })}</th>
            <th scope="col">{t('assessmentCompare.col.after', { version: c.after.version })}</th>
            <th scope="col">{t('assessmentCompare.col.change')}</th>
          </tr>
        </thead>
        <tbody>
          {scored.map((d) => (
            <tr key={d.threat} data-testid="compare-row" data-threat={d.threat} data-move={riskMove(d).kind}>
              <th scope="row">{t(`threatType.${d.threat}`)}</th>
              <td>
                <Side side={d.before} />
              </td>
              <td>
                <Side side={d.after} />
              </td>
              <td className={`move move-${riskMove(d).kind}`}>{moveText(t, d)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="compare-total">
            <th scope="row">{t('assessmentCompare.total')}</th>
            <td className="strong">{c.totalRiskBefore}</td>
            <td className="strong">{c.totalRiskAfter}</td>
            <td className={`move move-${totalKind}`}>
              {total > 0
                ? t('assessmentCompare.up', { count: total })
                : total < 0
                  ? t('assessmentCompare.down', { count: -total })
                  : t('assessmentCompare.same')}
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
