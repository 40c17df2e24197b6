import type { CallCriterion, CallReview } from '@pactesur/contracts';
import { useI18n } from '../../../i18n/useI18n.tsx';

/** The reviews other organisations gave an application: who, when, each criterion's score, the comment. */
export function OtherReviews({
  reviews,
  criteria,
}: {
  reviews: readonly CallReview[];
  criteria: readonly CallCriterion[];
}) {
  const { t, formatDate, formatCount } = useI18n();
  if (reviews.length === 0) return <p className="empty">{t('network.calls.review.noOthers')}</p>;
  return (
    <ul className="home-list" data-testid="other-reviews">
      {reviews.map((r) => (
        <li key={r.reviewerOrgId} data-testid="other-review">
          <p className="meta">
            {t('network.calls.review.by', { name: r.byName, org: r.reviewerOrgName, date: formatDate(r.at) })}
          </p>
          <p>
            {criteria
              .map((c) => `${c.label}: ${r.scores[c.id] === undefined ? '—' : formatCount(r.scores[c.id])}`)
              .join(' · ')}
          </p>
          {r.comment && <blockquote>{r.comment}</blockquote>}
        </li>
      ))}
    </ul>
  );
}
