import type { SaveState } from './autosave.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useI18n } from '../../i18n/useI18n.tsx';

interface Props {
  readonly state: SaveState;
  readonly onRetry: () => void;
  readonly onReload: () => void;
}

/**
 * Where the saving stands, in a polite live region read by screen readers: saving, saved, what is refused,
 * what failed with a way to try again, or that someone else saved first with a way to reload.
 */
export function SaveStatus({ state, onRetry, onReload }: Props) {
  const { t } = useI18n();
  return (
    <div
      className={`save-status save-${state.kind}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-state={state.kind}
    >
      <p>{t(`save.${state.kind}`)}</p>
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
            {t('save.retry')}
          </button>
        </>
      )}
      {state.kind === 'conflict' && (
        <>
          <p className="hint">{t('save.conflictHint')}</p>
          <button type="button" className="button-primary" onClick={onReload}>
            {t('save.reload')}
          </button>
        </>
      )}
    </div>
  );
}
