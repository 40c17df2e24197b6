import { useState } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { LabelledField } from '../../ui/LabelledField.tsx';
import { StepForm } from './StepForm.tsx';

interface Props {
  /** The label of the note. */
  readonly label: MessageKey;
  /** The words of the button. */
  readonly action: MessageKey;
  readonly busy: boolean;
  readonly disabled: boolean;
  readonly onSubmit: (note: string) => void;
}

/** A step of the workflow that needs a note for the authors: sending back, withdrawing. */
export function NoteStep({ label, action, busy, disabled, onSubmit }: Props) {
  const [note, setNote] = useState('');
  const text = note.trim();
  return (
    <StepForm
      action={action}
      busy={busy}
      disabled={disabled || text === ''}
      onSubmit={() => {
        if (text !== '') onSubmit(text);
      }}
    >
      <LabelledField label={label}>
        {(id) => (
          <textarea
            id={id}
            rows={3}
            required
            maxLength={2_000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </LabelledField>
    </StepForm>
  );
}
