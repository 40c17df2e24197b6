import { useId } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';

interface Props {
  readonly label: MessageKey;
  readonly value: string;
  /** What is announced once copied. */
  readonly copied: MessageKey;
  readonly testId: string;
}

/** A value to keep (a tracking link, an API key): shown read-only, selected on focus, with a copy button. */
export function CopyField({ label, value, copied, testId }: Props) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const copy = async () => {
    const done = await action.run(async () => {
      await navigator.clipboard.writeText(value);
      return true;
    });
    if (done) announce(t(copied));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      <div className="copy-row">
        <input id={id} readOnly value={value} data-testid={testId} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={() => void copy()}>
          {t('citizens.copy')}
        </button>
      </div>
      <ErrorMessage error={action.error} />
    </div>
  );
}
