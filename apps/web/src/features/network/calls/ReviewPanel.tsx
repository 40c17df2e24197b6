import type { Call } from '@pactesur/contracts';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { ApplicationReview } from './ApplicationReview.tsx';
import { rankApplications } from './ranking.ts';

interface Props {
  readonly call: Call;
  readonly orgId: string | null;
  readonly onChanged: (call: Call) => void;
}

/** The applications to a call for its reviewers, best score first, each with its reviews and the reader's. */
export function ReviewPanel({ call, orgId, onChanged }: Props) {
  const { t } = useI18n();
  const ranked = useMemo(() => rankApplications(call.applications), [call.applications]);
  return (
    <section aria-labelledby="review-title" data-testid="review-panel">
      <h2 id="review-title">{t('network.calls.review.title')}</h2>
      <p className="hint">{t('network.calls.review.hint')}</p>
      {ranked.length === 0 ? (
        <p className="empty">{t('network.calls.review.none')}</p>
      ) : (
        <ol className="home-list call-applications">
          {ranked.map((a, i) => (
            <ApplicationReview
              key={a.id}
              call={call}
              application={a}
              rank={i + 1}
              orgId={orgId}
              onChanged={onChanged}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
