import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import type { SectionName } from './sections.ts';

interface Props {
  readonly section: SectionName;
  /** Whether anything is written in it: else it says so. */
  readonly filled: boolean;
  readonly children: ReactNode;
  /** A line under the fields. */
  readonly note?: string;
}

/** A part of a practice as read: its heading, then its fields as a list of terms and descriptions. */
export function ViewSection({ section, filled, children, note }: Props) {
  const { t } = useI18n();
  const id = `practice-section-${section}`;
  return (
    <section className="card practice-section" aria-labelledby={id} data-section={section}>
      <h2 id={id}>{t(`practiceSection.${section}`)}</h2>
      {filled ? (
        <dl className="practice-fields">{children}</dl>
      ) : (
        <p className="empty">{t('practiceSection.empty')}</p>
      )}
      {filled && note && <p className="hint">{note}</p>}
    </section>
  );
}
