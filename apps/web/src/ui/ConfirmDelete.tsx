import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/useI18n.tsx';

interface Props {
  readonly question: string;
  readonly confirmLabel: string;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** An inline confirmation before deleting: the question, then confirm or cancel. Focus moves to cancel. */
export function ConfirmDelete({ question, confirmLabel, busy, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="confirm-question" aria-modal="false">
      <p id="confirm-question">{question}</p>
      <div className="actions">
        <button type="button" className="button-danger" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button
          type="button"
          ref={cancel}
          disabled={busy}
          onClick={onCancel}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        >
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
