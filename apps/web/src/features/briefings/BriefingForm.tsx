import type { CreateBriefing } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { FormActions } from '../../ui/FormActions.tsx';

interface Props {
  readonly initial?: CreateBriefing;
  readonly busy: boolean;
  readonly submitLabel: MessageKey;
  readonly onSubmit: (briefing: CreateBriefing) => void;
  readonly onCancel?: () => void;
}

/** Title and text of a briefing. */
export function BriefingForm({ initial, busy, submitLabel, onSubmit, onCancel }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ title: title.trim(), body });
  };
  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('briefing.titleField')}</label>
        <input
          id={`${id}-title`}
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('briefing.body')}</label>
        <textarea
          id={`${id}-body`}
          rows={10}
          maxLength={100_000}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </div>
      <FormActions busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
