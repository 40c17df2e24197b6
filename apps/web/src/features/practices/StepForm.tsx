import type { FormEvent, ReactNode } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';

interface Props {
  /** The words of the button. */
  readonly action: MessageKey;
  readonly busy: boolean;
  /** Whether the button is disabled (it is while busy too). */
  readonly disabled: boolean;
  /** The step that moves the practice forward: its button stands out. */
  readonly primary?: boolean;
  /** The id of what says why the button is disabled. */
  readonly describedBy?: string | undefined;
  readonly onSubmit: () => void;
  /** What the step asks for, above the button. */
  readonly children: ReactNode;
  /** Said under the button. */
  readonly after?: ReactNode;
}

/** A step of the workflow that asks for something first (a note, a label), taken with its button. */
export function StepForm({
  action,
  busy,
  disabled,
  primary = false,
  describedBy,
  onSubmit,
  children,
  after,
}: Props) {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form practice-step" onSubmit={submit} aria-busy={busy}>
      {children}
      <div className="actions">
        <button
          type="submit"
          className={primary ? 'button-primary' : undefined}
          disabled={busy || disabled}
          aria-describedby={describedBy}
        >
          {t(action)}
        </button>
      </div>
      {after}
    </form>
  );
}
