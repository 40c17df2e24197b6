import type { Call } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../../api.ts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { ConfirmDelete } from '../../../ui/ConfirmDelete.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { useAction } from '../../../ui/useAction.ts';

interface Props {
  readonly call: Call;
  readonly onEdit: () => void;
  readonly onChanged: (call: Call) => void;
  readonly onDeleted: () => void;
}

/**
 * What the lead and consortium editors do to a call besides selecting, until it is decided (then it no longer
 * changes): edit it, close its applications now (while open), delete it — the last two once confirmed.
 */
export function CallManagement({ call, onEdit, onChanged, onDeleted }: Props) {
  const { t } = useI18n();
  const action = useAction();
  const [confirming, setConfirming] = useState<'close' | 'delete' | null>(null);
  const slug = call.networkSlug;

  const close = async () => {
    const closed = await action.run(() => api.closeCall(slug, call.id));
    if (!closed) return;
    setConfirming(null);
    onChanged(closed);
  };
  const remove = async () => {
    const done = await action.run(async () => {
      await api.deleteCall(slug, call.id);
      return true;
    });
    if (done) onDeleted();
  };

  return (
    <div data-testid="call-management">
      <div className="actions">
        <button type="button" onClick={onEdit} disabled={action.busy}>
          {t('common.edit')}
        </button>
        {call.stage === 'open' && (
          <button
            type="button"
            disabled={action.busy}
            onClick={() => {
              action.clear();
              setConfirming('close');
            }}
          >
            {t('network.calls.page.closeNow')}
          </button>
        )}
        <button
          type="button"
          className="button-danger"
          disabled={action.busy}
          onClick={() => {
            action.clear();
            setConfirming('delete');
          }}
        >
          {t('common.delete')}
        </button>
      </div>
      {confirming === 'close' && (
        <ConfirmDelete
          question={t('network.calls.page.closeQuestion', { title: call.title })}
          confirmLabel={t('network.calls.page.closeConfirm')}
          busy={action.busy}
          onConfirm={() => void close()}
          onCancel={() => setConfirming(null)}
        />
      )}
      {confirming === 'delete' && (
        <ConfirmDelete
          question={t('network.calls.page.deleteQuestion', { title: call.title })}
          confirmLabel={t('common.delete')}
          busy={action.busy}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(null)}
        />
      )}
      <ErrorMessage error={action.error} />
    </div>
  );
}
