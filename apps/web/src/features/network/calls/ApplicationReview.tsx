import type { Call, CallApplication } from '@pactesur/contracts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { ApplicationAnswers } from './ApplicationAnswers.tsx';
import { OtherReviews } from './OtherReviews.tsx';
import { OutcomeChip } from './OutcomeChip.tsx';
import { scoreText } from './ranking.ts';
import { othersReviews, ownReview } from './reviewDraft.ts';
import { ReviewForm } from './ReviewForm.tsx';

interface Props {
  readonly call: Call;
  readonly application: CallApplication;
  /** Its place in the ranking, from 1. */
  readonly rank: number;
  /** The organisation the reader acts for. */
  readonly orgId: string | null;
  readonly onChanged: (call: Call) => void;
}

/**
 * One application as its reviewers see it: the organisation, its score and place, what it answered, the
 * reviews of the other organisations, and the reader's own review (until the call is decided).
 */
export function ApplicationReview({ call, application: a, rank, orgId, onChanged }: Props) {
  const { t, locale, countryName, formatCount } = useI18n();
  const given = ownReview(a.reviews, orgId);
  return (
    <li className="card" data-testid="application-review" data-application-id={a.id} data-org={a.orgName}>
      <h3>
        {t('network.calls.review.rank', { rank: formatCount(rank) })} {a.orgName}
        {a.orgCountry && <span className="meta"> · {countryName(a.orgCountry)}</span>}
      </h3>
      <p className="meta">
        <span data-testid="application-score" data-score={a.score ?? ''}>
          {a.score === null
            ? t('network.calls.review.notScored')
            : t('network.calls.review.score', {
                score: scoreText(a.score, locale),
                count: formatCount(a.reviews.length),
              })}
        </span>
        {call.stage === 'decided' && (
          <>
            {' '}
            <OutcomeChip outcome={a.outcome} />
          </>
        )}
      </p>
      <ApplicationAnswers application={a} criteria={call.criteria} />
      <h4>{t('network.calls.review.others')}</h4>
      <OtherReviews reviews={othersReviews(a.reviews, orgId)} criteria={call.criteria} />
      {call.stage !== 'decided' && (
        <ReviewForm
          key={given?.at ?? 'new'}
          call={call}
          application={a}
          given={given}
          onChanged={onChanged}
        />
      )}
    </li>
  );
}
