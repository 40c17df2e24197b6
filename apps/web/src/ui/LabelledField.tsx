import { useId, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.tsx';

interface Props {
  readonly label: MessageKey;
  /** Said under the control, which points to it. */
  readonly hint?: MessageKey | undefined;
  /** `field`, and any class of the form's own (`field grow` takes the room left in its row). */
  readonly className?: string;
  /** The control (input, select, text area), given its id and the id of the hint when there is one. */
  readonly children: (id: string, hintId: string | undefined) => ReactNode;
}

/** A field of a form: its label, its control, then its hint if it has one. */
export function LabelledField({ label, hint, className = 'field', children }: Props) {
  const id = useId();
  const { t } = useI18n();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id}>{t(label)}</label>
      {children(id, hintId)}
      {hint && (
        <p className="hint" id={hintId}>
          {t(hint)}
        </p>
      )}
    </div>
  );
}
