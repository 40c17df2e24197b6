import { PracticeStatus } from '@pactesur/contracts';
import { CoOwnerRows } from './CoOwnerRows.tsx';
import { ConfidentialityChoice } from './ConfidentialityChoice.tsx';
import { CountrySelect } from './CountrySelect.tsx';
import { DateField } from './DateField.tsx';
import { EditSection } from './EditSection.tsx';
import { writingSource, type SectionEditorProps } from './editorProps.ts';
import { LineField } from './LineField.tsx';
import { LocationFields, type PlaceText } from './LocationFields.tsx';
import { NameSelect } from './NameSelect.tsx';
import { RestrictedOrgs } from './RestrictedOrgs.tsx';
import { TextField } from './TextField.tsx';

interface Props extends SectionEditorProps {
  readonly ownerOrgId: string | null;
  /** The place as typed, whether it is not one, and its change (the editor keeps what is typed). */
  readonly place: PlaceText;
  readonly placeInvalid: boolean;
  readonly onPlace: (place: PlaceText) => void;
}

/** The identity of the practice: title, summary, city, country, place, owners, contact, status, dates, who may read it. */
export function IdentityFields(props: Props) {
  const { content: c, change, ownerOrgId, place, placeInvalid, onPlace } = props;
  const datesWrong = c.startedOn !== null && c.endedOn !== null && c.endedOn < c.startedOn;
  return (
    <EditSection section="identity">
      <TextField {...props} field="title" line />
      <TextField {...props} field="summary" rows={3} />
      {writingSource(props) && (
        <>
          <div className="form-row">
            <LineField label="practiceField.city" value={c.city} onChange={(city) => change({ city })} />
            <CountrySelect
              label="practiceField.country"
              value={c.country}
              optional
              onChange={(country) => change({ country })}
            />
          </div>
          <LocationFields value={place} invalid={placeInvalid} onChange={onPlace} />
          <CoOwnerRows names={c.coOwners} onChange={(coOwners) => change({ coOwners })} />
          <LineField
            label="practiceField.contact"
            hint="practiceEdit.contactHint"
            value={c.contact}
            onChange={(contact) => change({ contact })}
          />
          <div className="form-row">
            <NameSelect
              label="practiceField.status"
              list="status"
              options={PracticeStatus.options}
              value={c.status}
              optional={false}
              onChange={(status) => status && change({ status })}
            />
            <DateField
              label="practiceField.startedOn"
              value={c.startedOn}
              invalid={datesWrong}
              onChange={(startedOn) => change({ startedOn })}
            />
            <DateField
              label="practiceField.endedOn"
              value={c.endedOn}
              invalid={datesWrong}
              onChange={(endedOn) => change({ endedOn })}
            />
          </div>
          <ConfidentialityChoice
            value={c.confidentiality}
            onChange={(confidentiality) => change({ confidentiality })}
          />
          {c.confidentiality === 'restricted' && (
            <RestrictedOrgs
              chosen={c.restrictedTo}
              ownerOrgId={ownerOrgId}
              onChange={(restrictedTo) => change({ restrictedTo })}
            />
          )}
        </>
      )}
    </EditSection>
  );
}
