import type { Practice } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { FieldRow } from './FieldRow.tsx';
import { MaturityBadge } from './MaturityBadge.tsx';
import { OrgNames } from './OrgNames.tsx';
import { TextRow } from './TextRow.tsx';
import { ViewSection } from './ViewSection.tsx';

/** Who did what, where and when: summary, place, owners, contact, status, dates, maturity, who may read it. */
export function IdentityView({ practice }: { practice: Practice }) {
  const { t, countryName, formatDay } = useI18n();
  const c = practice.content;
  const place = [c.city, c.country ? countryName(c.country) : ''].filter((p) => p !== '').join(', ');
  return (
    <ViewSection section="identity" filled>
      <TextRow label="practiceField.summary" m={c.summary} />
      <FieldRow label="practiceField.city" shown={place !== ''}>
        {place}
      </FieldRow>
      <FieldRow label="practiceField.location" shown={c.location !== null}>
        {c.location && t('practiceField.lonLat', { lon: c.location[0].toFixed(4), lat: c.location[1].toFixed(4) })}
      </FieldRow>
      <FieldRow label="practiceField.owners" shown>
        {[practice.ownerName, ...c.coOwners].join(' · ')}
      </FieldRow>
      <FieldRow label="practiceField.contact" shown={c.contact !== ''}>
        {c.contact}
      </FieldRow>
      <FieldRow label="practiceField.status" shown>
        {t(`practiceStatus.${c.status}`)}
      </FieldRow>
      <FieldRow label="practiceField.startedOn" shown={c.startedOn !== null}>
        {c.startedOn && formatDay(c.startedOn)}
      </FieldRow>
      <FieldRow label="practiceField.endedOn" shown={c.endedOn !== null}>
        {c.endedOn && formatDay(c.endedOn)}
      </FieldRow>
      <FieldRow label="practiceField.maturity" shown>
        <MaturityBadge maturity={practice.maturity} />{' '}
        <span className="hint">{t(`practiceMaturityHint.${practice.maturity}`)}</span>
      </FieldRow>
      <FieldRow label="practiceField.confidentiality" shown>
        {t(`practiceConfidentiality.${c.confidentiality}`)} —{' '}
        <span className="hint">{t(`practiceConfidentialityRead.${c.confidentiality}`)}</span>
      </FieldRow>
      <FieldRow
        label="practiceField.restrictedTo"
        shown={c.confidentiality === 'restricted' && c.restrictedTo.length > 0}
      >
        <OrgNames ids={c.restrictedTo} />
      </FieldRow>
    </ViewSection>
  );
}
