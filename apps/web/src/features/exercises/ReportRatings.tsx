import type { AfterActionReport, Exercise } from '@pactesur/contracts';
import { Fragment } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { RatingBadge } from './RatingBadge.tsx';
import { EEG_RATINGS, ratingsByObjective, type ObjectiveRating, type RatingCounts } from './ratings.ts';

/** The lines of an objective's capabilities: none when its only one names no capability (the objective's line says it all). */
const capabilityRows = (g: ObjectiveRating): ObjectiveRating['capabilities'] =>
  g.capabilities.length === 1 && g.capabilities[0]?.capabilityId === null ? [] : g.capabilities;

interface Props {
  readonly ratings: AfterActionReport['ratings'];
  readonly guide: Pick<Exercise, 'objectives' | 'capabilities'>;
}

/**
 * The report's ratings: per objective the counts of its observations' ratings and its overall rating (the
 * worst observed), with one line per capability rated under it.
 */
export function ReportRatings({ ratings, guide }: Props) {
  const { t } = useI18n();
  const groups = ratingsByObjective(
    ratings,
    guide.objectives.map((o) => o.id),
    guide.capabilities.map((c) => c.id),
  );
  if (groups.length === 0) return <p className="empty">{t('exerciseReport.noRating')}</p>;
  const objective = (id: string | null) => (id === null ? t('exerciseReport.noObjective') : (guide.objectives.find((o) => o.id === id)?.text ?? id));
  const capability = (id: string | null) => (id === null ? t('exerciseReport.noCapability') : (guide.capabilities.find((c) => c.id === id)?.name ?? id));
  const counts = (c: RatingCounts) =>
    EEG_RATINGS.map((r) => (
      <td key={r} className="numeric" data-rating={r}>
        {c[r]}
      </td>
    ));
  return (
    <TableScroll>
      <table className="table table-dense report-ratings" data-testid="report-ratings">
        <caption>{t('exerciseReport.ratingsCaption')}</caption>
        <TableHead
          columns={[
            { label: 'exerciseReport.col.objective' },
            { label: 'exerciseReport.col.capability' },
            ...EEG_RATINGS.map((r) => ({ label: `exerciseReport.col.${r}` as const, numeric: true })),
            { label: 'exerciseReport.col.overall' },
          ]}
        />
        <tbody>
          {groups.map((g) => (
            <Fragment key={g.objectiveId ?? ''}>
              <tr className="report-objective" data-testid="report-rating" data-objective-id={g.objectiveId ?? ''} data-overall={g.overall ?? ''}>
                <th scope="row">{objective(g.objectiveId)}</th>
                <td>{t('exerciseReport.wholeObjective')}</td>
                {counts(g.counts)}
                <td>
                  <RatingBadge rating={g.overall} />
                </td>
              </tr>
              {capabilityRows(g).map((c) => (
                <tr
                  key={c.capabilityId ?? ''}
                  className="report-capability"
                  data-testid="report-capability-rating"
                  data-objective-id={g.objectiveId ?? ''}
                  data-capability-id={c.capabilityId ?? ''}
                  data-overall={c.overall ?? ''}
                >
                  <td />
                  <td>{capability(c.capabilityId)}</td>
                  {counts(c.counts)}
                  <td>
                    <RatingBadge rating={c.overall} />
                  </td>
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
      <p className="hint report-rating-legend">
        {EEG_RATINGS.map((r) => t('exerciseObservation.ratingChoice', { letter: r, meaning: t(`eegRating.${r}`) })).join(' · ')}
      </p>
    </TableScroll>
  );
}
