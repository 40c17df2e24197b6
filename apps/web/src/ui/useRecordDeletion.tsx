import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.tsx';
import { navigate } from '../router/history.ts';
import type { Action } from './useAction.ts';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { useStatus } from './useStatus.tsx';

/** What the deletion says: the question, its confirming button, and once deleted. */
export interface DeletionWords {
  readonly question: MessageKey;
  readonly confirm: MessageKey;
  readonly done: MessageKey;
}

interface Options {
  /** The page's action: busy while deleting, the error kept if it fails. */
  readonly action: Action;
  /** Deletes the record. */
  readonly remove: () => Promise<unknown>;
  /** The path the reader is taken to once it is deleted (the list it was in). */
  readonly then: string;
  readonly words: DeletionWords;
}

export interface RecordDeletion {
  /** The Delete button of the page: it asks first. */
  readonly button: ReactNode;
  /** The question and its answers while asked (else nothing), where the page shows it. */
  readonly confirmation: ReactNode;
}

/**
 * The deletion of the record a page shows: a Delete button that asks first; once confirmed the record is
 * deleted, the reader taken to `then`, and the deletion said.
 */
export function useRecordDeletion({ action, remove, then, words }: Options): RecordDeletion {
  const { t } = useI18n();
  const { announce } = useStatus();
  const [asking, setAsking] = useState(false);
  const confirmed = () =>
    void action.run(async () => {
      await remove();
      navigate(then);
      announce(t(words.done));
    });
  return {
    button: (
      <button type="button" className="button-danger" disabled={action.busy} onClick={() => setAsking(true)}>
        {t('common.delete')}
      </button>
    ),
    confirmation: asking && (
      <ConfirmDelete
        question={t(words.question)}
        confirmLabel={t(words.confirm)}
        busy={action.busy}
        onConfirm={confirmed}
        onCancel={() => setAsking(false)}
      />
    ),
  };
}
