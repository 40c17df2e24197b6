import type { EventReview } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';

/** A decision as a chip of its colour, always with its words. */
export function SignOffDecisionChip({ decision }: { decision: EventReview['decision'] }) {
  const { t } = useI18n();
  return (
    <span className={`decision-chip decision-${decision}`} data-decision={decision}>
      {t(`events.ops.decision.${decision}`)}
    </span>
  );
}

/** The reviews of the agencies asked to sign the plan: agency, decision, comment, who decided and when. */
export function SignOffReviews({ reviews }: { reviews: readonly EventReview[] }) {
  const { t, formatDate } = useI18n();
  const none = t('common.none');
  return (
    <section className="card" aria-labelledby="signoff-reviews-title">
      <h3 id="signoff-reviews-title">{t('events.ops.signOff.reviewsTitle')}</h3>
      {reviews.length === 0 ? (
        <p className="empty">{t('events.ops.signOff.noReviews')}</p>
      ) : (
        <TableScroll rows={reviews.length}>
          <table className="table" data-testid="signoff-reviews">
            <caption className="visually-hidden">{t('events.ops.signOff.reviewsTitle')}</caption>
            <TableHead
              columns={[
                { label: 'events.ops.signOff.col.agency' },
                { label: 'events.ops.signOff.col.decision' },
                { label: 'events.ops.signOff.col.comment' },
                { label: 'events.ops.signOff.col.by' },
                { label: 'events.ops.signOff.col.at' },
              ]}
            />
            <tbody>
              {reviews.map((r) => (
                <tr key={r.orgId} data-org={r.orgId} data-decision={r.decision}>
                  <th scope="row">{r.orgName}</th>
                  <td>
                    <SignOffDecisionChip decision={r.decision} />
                  </td>
                  <td className="prewrap">{r.comment || none}</td>
                  <td>{r.decidedByName ?? none}</td>
                  <td className="nowrap">{r.decidedAt ? formatDate(r.decidedAt, 'date-time') : none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
