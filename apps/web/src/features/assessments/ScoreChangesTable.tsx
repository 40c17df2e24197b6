import type { Scenario, ScoreChange, Threat } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { ScoreSelectCell } from './ScoreSelectCell.tsx';
import { withChange } from './scoreChanges.ts';

interface Props {
  readonly title: string;
  readonly changes: readonly ScoreChange[];
  readonly scenarios: readonly Scenario[];
  readonly onChange: (changes: ScoreChange[]) => void;
}

/**
 * What a measure changes: for each scored scenario (and any threat it already changes), its scores now
 * and its likelihood and impact once the measure is in place, each left "unchanged" or set.
 */
export function ScoreChangesTable({ title, changes, scenarios, onChange }: Props) {
  const { t } = useI18n();
  const scored = scenarios.filter((s) => s.likelihood !== null && s.impact !== null);
  const threats: Threat[] = [
    ...scored.map((s) => s.threat),
    ...changes.map((c) => c.threat).filter((th) => !scored.some((s) => s.threat === th)),
  ];
  if (threats.length === 0) return <p className="empty">{t('measure.noScored')}</p>;
  return (
    <TableScroll>
      <table className="table table-dense score-changes" data-testid="score-changes">
        <caption>{t('measure.changesCaption', { title })}</caption>
        <TableHead
          columns={[
            { label: 'measure.col.threat' },
            { label: 'measure.col.now' },
            { label: 'measure.col.newLikelihood' },
            { label: 'measure.col.newImpact' },
          ]}
        />
        <tbody>
          {threats.map((threat) => {
            const s = scenarios.find((x) => x.threat === threat);
            const c = changes.find((x) => x.threat === threat);
            const name = t(`threatType.${threat}`);
            return (
              <tr key={threat} data-threat={threat}>
                <th scope="row">{name}</th>
                <td className="nowrap">
                  {s?.likelihood != null && s.impact != null
                    ? t('measure.nowScores', {
                        likelihood: s.likelihood,
                        impact: s.impact,
                        risk: s.likelihood * s.impact,
                      })
                    : t('scenario.notScored')}
                </td>
                <ScoreSelectCell
                  field="likelihood"
                  label={t('measure.newLikelihoodOf', { threat: name })}
                  value={c?.likelihood ?? null}
                  onChange={(v) => onChange(withChange(changes, threat, 'likelihood', v))}
                />
                <ScoreSelectCell
                  field="impact"
                  label={t('measure.newImpactOf', { threat: name })}
                  value={c?.impact ?? null}
                  onChange={(v) => onChange(withChange(changes, threat, 'impact', v))}
                />
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
