import { useState } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { LabelledField } from '../../ui/LabelledField.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { MAX_LINKS, type LinkOption } from './linkOptions.ts';

interface Props {
  /** The words of the drop-down ("Site to add") and of its button ("Add the site"). */
  readonly label: MessageKey;
  readonly addLabel: MessageKey;
  /** Said when there is nothing to pick. */
  readonly empty: MessageKey;
  /** The records offered; undefined while their list is read, or when reading it failed (`error`). */
  readonly options: readonly LinkOption[] | undefined;
  readonly error: unknown;
  /** The practice is tied to as many records of this kind as it may be. */
  readonly full: boolean;
  readonly onAdd: (option: LinkOption) => void;
}

/** One record chosen in a drop-down and added with its button; the list's loading, failure or emptiness said in its place. */
export function LinkPicker({ label, addLabel, empty, options, error, full, onAdd }: Props) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState('');
  if (!options) return <LoadingOrError back={null} error={error} />;
  if (options.length === 0) return <p className="empty">{t(empty)}</p>;
  const option = options.find((o) => o.id === chosen);
  return (
    <div className="practice-row">
      <LabelledField label={label} className="field grow">
        {(id) => (
          <select id={id} value={option?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t('practiceEdit.choose')}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </LabelledField>
      <button
        type="button"
        disabled={!option || full}
        onClick={() => {
          if (!option) return;
          onAdd(option);
          setChosen('');
        }}
      >
        {t(addLabel)}
      </button>
      {full && <p className="hint">{t('practiceEdit.linksFull', { max: MAX_LINKS })}</p>}
    </div>
  );
}
