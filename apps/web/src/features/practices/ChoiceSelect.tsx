import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { LabelledField } from '../../ui/LabelledField.tsx';

interface Props<T extends string> {
  readonly label: MessageKey;
  readonly options: readonly T[];
  /** The words of an option. */
  readonly name: (option: T) => string;
  readonly value: T | null;
  /** Whether "Not given" is offered (the value may be null). */
  readonly optional: boolean;
  readonly onChange: (value: T | null) => void;
}

/** One value of a practice chosen in a drop-down, or "Not given" where it may be none. */
export function ChoiceSelect<T extends string>({
  label,
  options,
  name,
  value,
  optional,
  onChange,
}: Props<T>) {
  const { t } = useI18n();
  return (
    <LabelledField label={label}>
      {(id) => (
        <select
          id={id}
          value={value ?? ''}
          onChange={(e) => onChange(options.find((o) => o === e.target.value) ?? null)}
        >
          {optional && <option value="">{t('practiceEdit.notGiven')}</option>}
          {options.map((o) => (
            <option key={o} value={o}>
              {name(o)}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
