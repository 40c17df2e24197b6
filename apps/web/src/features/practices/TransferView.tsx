import type { PracticeContent } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { FieldRow } from './FieldRow.tsx';
import { sectionFilled } from './sections.ts';
import { TextRow } from './TextRow.tsx';
import { ViewSection } from './ViewSection.tsx';

/** What another city needs to know to do the same: conditions, legal prerequisites per country, lessons. */
export function TransferView({ content: c }: { content: PracticeContent }) {
  const { countryName } = useI18n();
  return (
    <ViewSection section="transfer" filled={sectionFilled(c, 'transfer')}>
      <TextRow label="practiceField.conditions" m={c.conditions} />
      <FieldRow label="practiceField.legal" shown={c.legal.length > 0}>
        <dl className="practice-legal">
          {c.legal.map((l, i) => (
            <div key={i}>
              <dt>{countryName(l.country)}</dt>
              <dd className="prewrap" lang={c.title.source}>
                {l.text}
              </dd>
            </div>
          ))}
        </dl>
      </FieldRow>
      <TextRow label="practiceField.lessons" m={c.lessons} />
      <TextRow label="practiceField.differently" m={c.differently} />
    </ViewSection>
  );
}
