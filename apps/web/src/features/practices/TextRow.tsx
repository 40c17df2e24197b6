import type { Multilingual } from '@pactesur/contracts';
import type { MessageKey } from '../../i18n/messages.ts';
import { isBlank } from './displayText.ts';
import { FieldRow } from './FieldRow.tsx';
import { PracticeText } from './PracticeText.tsx';

/** A text field of a practice as read, in the reader's language or labelled; left out when empty. */
export function TextRow({ label, m }: { label: MessageKey; m: Multilingual | null }) {
  return (
    <FieldRow label={label} shown={!isBlank(m)}>
      <PracticeText m={m} />
    </FieldRow>
  );
}
