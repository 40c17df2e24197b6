import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import type { SectionName } from './sections.ts';

/** A part of the practice's editor: its heading, then its fields. */
export function EditSection({ section, children }: { section: SectionName; children: ReactNode }) {
  const id = useId();
  const { t } = useI18n();
  return (
    <section className="card practice-edit-section" aria-labelledby={id} data-section={section}>
      <h2 id={id}>{t(`practiceSection.${section}`)}</h2>
      <div className="form">{children}</div>
    </section>
  );
}
