import { MAX_NAME_LENGTH } from '@pactesur/contracts';
import type { MessageKey } from '../../i18n/messages.ts';
import { InputField } from '../../ui/InputField.tsx';

interface Props {
  readonly label: MessageKey;
  readonly hint?: MessageKey;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** A line of a practice that is not translated (a city, a funding source …), up to `MAX_NAME_LENGTH` characters. */
export function LineField(props: Props) {
  return <InputField maxLength={MAX_NAME_LENGTH} {...props} />;
}
