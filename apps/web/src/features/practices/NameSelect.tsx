import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import { taxonomyName, type TaxonomyName } from './taxonomy.ts';

interface Props<T extends string> {
  readonly label: MessageKey;
  readonly list: TaxonomyName;
  readonly options: readonly T[];
  readonly value: T | null;
  /** Whether "Not given" is offered (the value may be null). */
  readonly optional: boolean;
  readonly onChange: (value: T | null) => void;
}

/** One name of one of the lists (status, cost, evaluation) chosen in a drop-down. */
export function NameSelect<T extends string>({ list, ...props }: Props<T>) {
  const { t } = useI18n();
  return <ChoiceSelect {...props} name={(o) => taxonomyName(list, o, t)} />;
}
