import { MAX_CALL_ANSWER, MAX_NAME_LENGTH, type Call } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../../api.ts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { InputField } from '../../../ui/InputField.tsx';
import { TextAreaField } from '../../../ui/TextAreaField.tsx';
import { useAction } from '../../../ui/useAction.ts';
import { useStatus } from '../../../ui/useStatus.tsx';
import {
  applicationDraftOf,
  applicationProblems,
  saveApplicationOf,
  type ApplicationDraft,
} from './applicationDraft.ts';

interface Props {
  readonly call: Call;
  readonly onChanged: (call: Call) => void;
}

/**
 * The acting organisation's application to an open call: an answer to each criterion (its guidance under
 * its label), the motivation and a contact. Sent, changed or withdrawn until the deadline.
 */
export function ApplicationForm({ call, onChanged }: Props) {
  const { t, formatDate } = useI18n();
  const { announce } = useStatus();
  const id = useId();
  const action = useAction();
  const mine = call.mine;
  const [draft, setDraft] = useState<ApplicationDraft>(() => applicationDraftOf(mine));
  const [tried, setTried] = useState(false);
  const problems = applicationProblems(draft, call.criteria);
  const shown = tried ? problems : [];
  const set = (patch: Partial<ApplicationDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.length > 0) return;
    const saved = await action.run(() =>
      api.applyToCall(call.networkSlug, call.id, saveApplicationOf(draft, call.criteria)),
    );
    if (!saved) return;
    announce(t(mine ? 'network.calls.application.changed' : 'network.calls.application.sent'));
    onChanged(saved);
  };
  const withdraw = async () => {
    const saved = await action.run(() => api.withdrawFromCall(call.networkSlug, call.id));
    if (!saved) return;
    setDraft(applicationDraftOf(null));
    setTried(false);
    announce(t('network.calls.application.withdrawn'));
    onChanged(saved);
  };

  return (
    <form
      className="form card"
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="application-form"
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>
        {t(mine ? 'network.calls.application.mineTitle' : 'network.calls.application.title')}
      </h2>
      <p className="hint" data-testid="application-status">
        {mine
          ? `${t('network.calls.application.sentOn', { date: formatDate(mine.updatedAt, 'date-time') })} ${t('network.calls.application.changeUntil')}`
          : t('network.calls.application.hint')}
      </p>
      {call.criteria.map((c) => (
        <div className="field" key={c.id}>
          <label htmlFor={`${id}-${c.id}`}>{c.label}</label>
          {c.guidance && (
            <p className="hint" id={`${id}-${c.id}-hint`}>
              {c.guidance}
            </p>
          )}
          <textarea
            id={`${id}-${c.id}`}
            rows={4}
            maxLength={MAX_CALL_ANSWER}
            required
            value={draft.answers[c.id] ?? ''}
            aria-invalid={shown.includes('unanswered') && (draft.answers[c.id] ?? '').trim() === ''}
            aria-describedby={c.guidance ? `${id}-${c.id}-hint` : undefined}
            onChange={(e) => set({ answers: { ...draft.answers, [c.id]: e.target.value } })}
          />
        </div>
      ))}
      <TextAreaField
        label="network.calls.application.motivation"
        rows={5}
        maxLength={8_000}
        required
        value={draft.motivation}
        invalid={shown.includes('motivation')}
        onChange={(motivation) => set({ motivation })}
      />
      <InputField
        label="network.calls.application.contact"
        hint="network.calls.application.contactHint"
        required
        maxLength={MAX_NAME_LENGTH}
        value={draft.contact}
        invalid={shown.includes('contact')}
        onChange={(contact) => set({ contact })}
      />
      {shown.map((p) => (
        <p key={p} className="field-problem" role="alert">
          {t(`network.calls.application.problem.${p}`)}
        </p>
      ))}
      <ErrorMessage error={action.error} />
      <FormActions
        busy={action.busy}
        submitLabel={mine ? 'network.calls.application.change' : 'network.calls.application.send'}
        undo={
          mine ? { label: 'network.calls.application.withdraw', onClick: () => void withdraw() } : undefined
        }
      />
    </form>
  );
}
