import type { PracticeContent } from '@pactesur/contracts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { SectionEditorProps } from './editorProps.ts';
import { NameChecks } from './NameChecks.tsx';
import { TAXONOMY, type TaxonomyName } from './taxonomy.ts';

/** The fields of a practice that are ticked in one of the lists, and the list of each. */
const CHECKED_FIELDS = {
  threats: 'threat',
  placeTypes: 'place',
  eventTypes: 'eventType',
  functions: 'function',
  solutionTypes: 'solution',
} as const satisfies Readonly<Partial<Record<keyof PracticeContent, TaxonomyName>>>;

export type CheckedField = keyof typeof CHECKED_FIELDS;

type Value<K extends CheckedField> = PracticeContent[K][number];

interface Props extends Pick<SectionEditorProps, 'content' | 'change'> {
  readonly fields: readonly CheckedField[];
}

/** One field ticked in its list, under its `practiceField` label. */
function Checks<K extends CheckedField>({
  content,
  change,
  field,
}: Pick<Props, 'content' | 'change'> & { field: K }) {
  const list = CHECKED_FIELDS[field];
  const legend: MessageKey = `practiceField.${field}`;
  const options: readonly Value<K>[] = TAXONOMY[list].options;
  const chosen: readonly Value<K>[] = content[field];
  const set = (next: Value<K>[]) => {
    const patch: Partial<PracticeContent> = {};
    // A list of the field's own values is the field's type, which TypeScript does not see through `K`.
    patch[field] = next as PracticeContent[K];
    change(patch);
  };
  return <NameChecks legend={legend} list={list} options={options} chosen={chosen} onChange={set} />;
}

/** Fields of the practice ticked in their lists (threats, types of place, functions …), one group each. */
export function ContentChecks({ fields, ...props }: Props) {
  return fields.map((field) => <Checks key={field} {...props} field={field} />);
}
