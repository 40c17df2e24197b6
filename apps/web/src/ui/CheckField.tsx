import { useId } from 'react';
import type { MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.tsx';

interface Props {
  readonly label: MessageKey;
  readonly hint: MessageKey;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** A tick box of a form with its label beside it and its hint under it. */
export function CheckField({ label, hint, checked, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  return (
    <>
      <div className="field-inline">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={id}>{t(label)}</label>
      </div>
      <p className="hint indented" id={`${id}-hint`}>
        {t(hint)}
      </p>
    </>
  );
}
