import type { MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.tsx';

interface Props {
  readonly busy: boolean;
  readonly submitLabel: MessageKey;
  /** Shown on the submit button while busy ("Saving…" when not given). */
  readonly busyLabel?: MessageKey | undefined;
  readonly onCancel?: (() => void) | undefined;
  /** A button that undoes what was sent (withdraw, cancel a registration), after the submit button. */
  readonly undo?: { readonly label: MessageKey; readonly onClick: () => void } | undefined;
}

/**
 * The submit button of a form (showing "Saving…" while busy), the button undoing what was sent when there is
 * one and, when the form can be left, Cancel.
 */
export function FormActions({ busy, submitLabel, busyLabel = 'common.saving', onCancel, undo }: Props) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? t(busyLabel) : t(submitLabel)}
      </button>
      {undo && (
        <button type="button" className="button-danger" disabled={busy} onClick={undo.onClick}>
          {t(undo.label)}
        </button>
      )}
      {onCancel && (
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      )}
    </div>
  );
}
