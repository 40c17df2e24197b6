import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';

interface Props {
  readonly label: MessageKey;
  /** Whether the field has a value: a field without one is left out. */
  readonly shown: boolean;
  readonly children: ReactNode;
}

/** A field of a practice as read: its name and its value. */
export function FieldRow({ label, shown, children }: Props) {
  const { t } = useI18n();
  if (!shown) return null;
  return (
    <div className="practice-field">
      <dt>{t(label)}</dt>
      <dd>{children}</dd>
    </div>
  );
}
