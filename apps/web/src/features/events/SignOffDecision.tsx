import { ReviewEvent, type EventRecord } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';

type Decision = ReviewEvent['decision'];
const DECISIONS = ReviewEvent.shape.decision.options;

/** Most conditions one agency sets (the contract's limit). */
const MAX_CONDITIONS = 50;

/**
 * The decision of an agency asked to sign the plan: approved, approved with conditions (one or more, each
 * in its own words) or changes requested (the plan goes back to its authors), with a comment.
 */
export function SignOffDecision({
  event,
  orgName,
  onChange,
}: {
  event: EventRecord;
  orgName: string;
  onChange: (next: EventRecord) => void;
}) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [decision, setDecision] = useState<Decision>('approved');
  const [comment, setComment] = useState('');
  const [conditions, setConditions] = useState<string[]>(['']);
  const written = conditions.map((c) => c.trim()).filter((c) => c !== '');
  const withConditions = decision === 'approved-with-conditions';
  const ready = !withConditions || written.length > 0;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await action.run(() =>
      api.reviewEvent(event.id, {
        decision,
        comment: comment.trim(),
        conditions: withConditions ? written : [],
      }),
    );
    if (!saved) return;
    onChange(saved);
    announce(t('events.ops.signOff.decided', { decision: t(`events.ops.decision.${decision}`) }));
  };
  return (
    <section className="card signoff-decision" aria-labelledby={`${id}-title`} data-testid="signoff-decision">
      <h3 id={`${id}-title`}>{t('events.ops.signOff.decisionTitle', { org: orgName })}</h3>
      <p className="hint">{t('events.ops.signOff.decisionIntro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <fieldset className="choice-row">
          <legend>{t('events.ops.signOff.col.decision')}</legend>
          {DECISIONS.map((d) => (
            <label key={d} className="choice">
              <input
                type="radio"
                name={`${id}-decision`}
                value={d}
                checked={decision === d}
                onChange={() => setDecision(d)}
              />
              <span>{t(`events.ops.decision.${d}`)}</span>
            </label>
          ))}
        </fieldset>
        {withConditions && (
          <fieldset className="signoff-conditions-fields">
            <legend>{t('events.ops.signOff.conditionsLegend')}</legend>
            {conditions.map((text, i) => (
              <div className="field" key={i}>
                <label htmlFor={`${id}-condition-${i}`}>
                  {t('events.ops.signOff.conditionN', { n: i + 1 })}
                </label>
                <textarea
                  id={`${id}-condition-${i}`}
                  rows={2}
                  maxLength={2_000}
                  value={text}
                  onChange={(e) => setConditions((all) => all.map((c, j) => (j === i ? e.target.value : c)))}
                />
              </div>
            ))}
            {conditions.length < MAX_CONDITIONS && (
              <button type="button" onClick={() => setConditions((all) => [...all, ''])}>
                {t('events.ops.signOff.addCondition')}
              </button>
            )}
          </fieldset>
        )}
        <div className="field">
          <label htmlFor={`${id}-comment`}>{t('events.ops.signOff.comment')}</label>
          <textarea
            id={`${id}-comment`}
            rows={3}
            maxLength={2_000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
        <ErrorMessage error={action.error} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={action.busy || !ready}>
            {t('events.ops.signOff.decide')}
          </button>
          {!ready && <span className="meta">{t('events.ops.signOff.needsCondition')}</span>}
        </div>
      </form>
    </section>
  );
}
