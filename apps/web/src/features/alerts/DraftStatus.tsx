import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import type { DraftSaveState } from './draftSaver.ts';

interface Props {
  readonly state: DraftSaveState;
  readonly onRetry: () => void;
  readonly onReload: () => void;
}

/**
 * Where the saving of the draft stands, in a polite live region: saving, saved, what is refused (the
 * contract's words name the field), a failure with a way to try again, or another desk's change first with
 * a way to reload.
 */
export function DraftStatus({ state, onRetry, onReload }: Props) {
  const { t } = useI18n();
  return (
    <div className={`draft-status draft-${state.kind}`} role="status" aria-live="polite" data-testid="save-status" data-state={state.kind}>
      <p>{t(`alertSave.${state.kind}`)}</p>
      {state.kind === 'invalid' && (
        <ul className="error-details" lang="en">
          {state.problems.map((p) => (
            <li key={`${p.path}:${p.message}`}>{p.path ? `${p.path}: ${p.message}` : p.message}</li>
          ))}
        </ul>
      )}
      {state.kind === 'failed' && (
        <>
          <ErrorMessage error={state.error} />
          <button type="button" onClick={onRetry}>
            {t('alertSave.retry')}
          </button>
        </>
      )}
      {state.kind === 'conflict' && (
        <>
          <p className="hint">{t('alertSave.conflictHint')}</p>
          <button type="button" className="button-primary" onClick={onReload}>
            {t('alertSave.reload')}
          </button>
        </>
      )}
    </div>
  );
}
