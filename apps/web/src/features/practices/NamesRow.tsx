import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { FieldRow } from './FieldRow.tsx';
import { taxonomyName, type TaxonomyName } from './taxonomy.ts';

interface Props {
  readonly label: MessageKey;
  readonly list: TaxonomyName;
  readonly values: readonly string[];
}

/** Names of one of the lists (threats, types of place …) as read, translated; left out when none. */
export function NamesRow({ label, list, values }: Props) {
  const { t } = useI18n();
  return (
    <FieldRow label={label} shown={values.length > 0}>
      <ul className="practice-names">
        {values.map((v) => (
          <li key={v} className="tag" data-value={v}>
            {taxonomyName(list, v, t)}
          </li>
        ))}
      </ul>
    </FieldRow>
  );
}
