import type { Call, CallApplication, CallReview } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../../api.ts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { TextAreaField } from '../../../ui/TextAreaField.tsx';
import { useAction } from '../../../ui/useAction.ts';
import { useStatus } from '../../../ui/useStatus.tsx';
import { scoreText } from './ranking.ts';
import {
  reviewDraftOf,
  saveReviewOf,
  SCORES,
  unscored,
  weightedScore,
  type ReviewDraft,
} from './reviewDraft.ts';

interface Props {
  readonly call: Call;
  readonly application: CallApplication;
  /** The review the reader's organisation gave before, to change. */
  readonly given: CallReview | undefined;
  readonly onChanged: (call: Call) => void;
}

/** The reader organisation's review of one application: a score from 0 to 5 per criterion, and a comment. */
export function ReviewForm({ call, application, given, onChanged }: Props) {
  const { t, locale } = useI18n();
  const { announce } = useStatus();
  const id = useId();
  const action = useAction();
  const [draft, setDraft] = useState<ReviewDraft>(() => reviewDraftOf(call.criteria, given));
  const [tried, setTried] = useState(false);
  const missing = unscored(draft, call.criteria);
  const preview =
    missing.length === 0 ? weightedScore(saveReviewOf(draft, call.criteria).scores, call.criteria) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (missing.length > 0) return;
    const saved = await action.run(() =>
      api.reviewApplication(call.networkSlug, call.id, application.id, saveReviewOf(draft, call.criteria)),
    );
    if (!saved) return;
    announce(t('network.calls.review.saved', { org: application.orgName }));
    onChanged(saved);
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="review-form">
      <fieldset>
        <legend>
          {t(given ? 'network.calls.review.mine' : 'network.calls.review.legend', {
            org: application.orgName,
          })}
        </legend>
        <div className="form-row form">
          {call.criteria.map((c) => (
            <div className="field" key={c.id}>
              <label htmlFor={`${id}-${c.id}`}>{c.label}</label>
              <select
                id={`${id}-${c.id}`}
                value={draft.scores[c.id] ?? ''}
                aria-invalid={tried && missing.includes(c.id)}
                onChange={(e) => setDraft((d) => ({ ...d, scores: { ...d.scores, [c.id]: e.target.value } }))}
              >
                <option value="">{t('network.calls.review.choose')}</option>
                {SCORES.map((s) => (
                  <option key={s} value={String(s)}>
                    {t('network.calls.review.scoreOption', { score: s })}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        <TextAreaField
          label="network.calls.review.comment"
          rows={3}
          maxLength={4_000}
          value={draft.comment}
          onChange={(comment) => setDraft((d) => ({ ...d, comment }))}
        />
        <p className="hint" data-testid="review-preview">
          {preview === null
            ? t('network.calls.review.scoreAll')
            : t('network.calls.review.preview', { score: scoreText(preview, locale) })}
        </p>
        {tried && missing.length > 0 && (
          <p className="field-problem" role="alert">
            {t('network.calls.review.problem.unscored')}
          </p>
        )}
        <ErrorMessage error={action.error} />
        <FormActions busy={action.busy} submitLabel="network.calls.review.save" />
      </fieldset>
    </form>
  );
}
