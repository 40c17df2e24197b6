import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import { countryChoices } from './countries.ts';

interface Props {
  readonly label: MessageKey;
  readonly value: string | null;
  /** Whether "Not given" is offered (the value may be null). */
  readonly optional: boolean;
  readonly onChange: (value: string | null) => void;
}

/** A country chosen by its name in the reader's language (kept as its ISO 3166-1 code). */
export function CountrySelect({ value, ...props }: Props) {
  const { locale, countryName } = useI18n();
  return (
    <ChoiceSelect
      {...props}
      options={countryChoices(locale, value ? [value] : [])}
      name={countryName}
      value={value}
    />
  );
}
