import type { MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.tsx';
import type { DraftSaveState } from './draftSaver.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

/** The words of a save status: one per state, and those of its buttons. */
type SaveWord = DraftSaveState['kind'] | 'retry' | 'conflictHint' | 'reload';

/** The prefix of each key ending in `.idle` (`save` of `save.idle`). */
type IdlePrefix<K> = K extends `${infer P}.idle` ? P : never;
/** The prefixes under which every word of a save status is found. */
type WithEveryWord<P> = P extends string ? (`${P}.${SaveWord}` extends MessageKey ? P : never) : never;

/** A prefix of the dictionaries under which every word of a save status is found (`save`, `alertSave` …). */
export type SaveWords = WithEveryWord<IdlePrefix<MessageKey>>;

interface Props {
  readonly state: DraftSaveState;
  /** The feature's words for it: its own name of the record ("this alert", "this assessment" …). */
  readonly words: SaveWords;
  /** The class names of the page's style: `{look}-status {look}-{state}`. */
  readonly look?: string;
  readonly onRetry: () => void;
  readonly onReload: () => void;
}

/**
 * Where the saving stands, in a polite live region read by screen readers: saving, saved, what is refused
 * (the contract's words name the field), what failed with a way to try again, or that someone else saved
 * first with a way to reload.
 */
export function SaveStatus({ state, words, look = 'save', onRetry, onReload }: Props) {
  const { t } = useI18n();
  const word = (w: SaveWord) => t(`${words}.${w}` as MessageKey);
  return (
    <div
      className={`${look}-status ${look}-${state.kind}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-state={state.kind}
    >
      <p>{word(state.kind)}</p>
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
            {word('retry')}
          </button>
        </>
      )}
      {state.kind === 'conflict' && (
        <>
          <p className="hint">{word('conflictHint')}</p>
          <button type="button" className="button-primary" onClick={onReload}>
            {word('reload')}
          </button>
        </>
      )}
    </div>
  );
}
