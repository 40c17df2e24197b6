import { OrgKind, type Organisation, type UpdateOrganisation } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { FormActions } from '../../ui/FormActions.tsx';

interface Props {
  readonly org: Organisation;
  readonly busy: boolean;
  readonly onSave: (changes: UpdateOrganisation) => void;
  readonly onCancel: () => void;
}

const toNumber = (text: string): number | null =>
  text.trim() === '' || Number.isNaN(Number(text)) ? null : Number(text);

/** Edits the directory entry of an organisation (its admins only; the API checks it). */
export function OrganisationForm({ org, busy, onSave, onCancel }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [name, setName] = useState(org.name);
  const [kind, setKind] = useState<OrgKind>(org.kind);
  const [country, setCountry] = useState(org.country ?? '');
  const [languages, setLanguages] = useState(org.languages.join(', '));
  const [lon, setLon] = useState(org.location ? String(org.location[0]) : '');
  const [lat, setLat] = useState(org.location ? String(org.location[1]) : '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [x, y] = [toNumber(lon), toNumber(lat)];
    onSave({
      name: name.trim(),
      kind,
      country: country.trim() === '' ? null : country.trim().toUpperCase(),
      languages: languages
        .split(',')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
      location: x === null || y === null ? null : [x, y],
    });
  };

  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('org.name')}</label>
        <input
          id={`${id}-name`}
          required
          minLength={2}
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('org.kind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(OrgKind.parse(e.target.value))}>
          {OrgKind.options.map((k) => (
            <option key={k} value={k}>
              {t(`orgKind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-country`}>{t('org.countryCode')}</label>
        <input
          id={`${id}-country`}
          value={country}
          maxLength={2}
          pattern="[A-Za-z]{2}"
          onChange={(e) => setCountry(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-languages`}>{t('org.languages')}</label>
        <input
          id={`${id}-languages`}
          aria-describedby={`${id}-languages-hint`}
          value={languages}
          onChange={(e) => setLanguages(e.target.value)}
        />
        <small id={`${id}-languages-hint`}>{t('org.languagesHint')}</small>
      </div>
      <fieldset className="field-row">
        <legend>{t('org.location')}</legend>
        <div className="field">
          <label htmlFor={`${id}-lon`}>{t('org.longitude')}</label>
          <input
            id={`${id}-lon`}
            type="number"
            step="any"
            min={-180}
            max={180}
            value={lon}
            onChange={(e) => setLon(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-lat`}>{t('org.latitude')}</label>
          <input
            id={`${id}-lat`}
            type="number"
            step="any"
            min={-90}
            max={90}
            value={lat}
            onChange={(e) => setLat(e.target.value)}
          />
        </div>
      </fieldset>
      <FormActions busy={busy} submitLabel="common.save" onCancel={onCancel} />
    </form>
  );
}
