import { useI18n } from '../hooks/useI18n.tsx';
import type { MessageKey } from '../i18n/messages.ts';

interface Props {
  readonly busy: boolean;
  readonly submitLabel: MessageKey;
  readonly onCancel?: (() => void) | undefined;
}

/** The submit button of a form (showing "Saving…" while busy) and, when the form can be left, Cancel. */
export function FormActions({ busy, submitLabel, onCancel }: Props) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? t('common.saving') : t(submitLabel)}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      )}
    </div>
  );
}
