import { MAX_NOTES_LENGTH, MAX_OCCUPANCY, SiteCategory } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { NameField } from '../../ui/NameField.tsx';
import { FormActions } from '../../ui/FormActions.tsx';

/** The details of a site a person sets: the rest (outline, area) comes from the extract. */
export interface SiteDetails {
  readonly name: string;
  readonly category: SiteCategory;
  readonly typicalOccupancy: number | null;
  readonly eventOccupancy: number | null;
  readonly notes: string;
}

interface Props {
  readonly initial: SiteDetails;
  readonly busy: boolean;
  readonly submitLabel: MessageKey;
  readonly onSubmit: (details: SiteDetails) => void;
  readonly onCancel?: () => void;
}

/** An occupancy field's value: empty means unknown. */
const occupancy = (text: string): number | null => (text.trim() === '' ? null : Math.round(Number(text)));

/** Name, category, typical and event occupancy, notes: for registering a suggestion and for editing a site. */
export function SiteForm({ initial, busy, submitLabel, onSubmit, onCancel }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [name, setName] = useState(initial.name);
  const [category, setCategory] = useState<SiteCategory>(initial.category);
  const [typical, setTypical] = useState(initial.typicalOccupancy?.toString() ?? '');
  const [event, setEvent] = useState(initial.eventOccupancy?.toString() ?? '');
  const [notes, setNotes] = useState(initial.notes);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      name: name.trim(),
      category,
      typicalOccupancy: occupancy(typical),
      eventOccupancy: occupancy(event),
      notes,
    });
  };
  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <div className="form form-row">
        <NameField label="site.name" value={name} onChange={setName} grow />
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('site.category')}</label>
          <select
            id={`${id}-category`}
            value={category}
            onChange={(e) => setCategory(SiteCategory.parse(e.target.value))}
          >
            {SiteCategory.options.map((c) => (
              <option key={c} value={c}>
                {t(`siteCategory.${c}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form form-row">
        <div className="field grow">
          <label htmlFor={`${id}-typical`}>{t('site.typicalOccupancy')}</label>
          <input
            id={`${id}-typical`}
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_OCCUPANCY}
            step={1}
            value={typical}
            aria-describedby={`${id}-occupancy-hint`}
            onChange={(e) => setTypical(e.target.value)}
          />
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-event`}>{t('site.eventOccupancy')}</label>
          <input
            id={`${id}-event`}
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_OCCUPANCY}
            step={1}
            value={event}
            aria-describedby={`${id}-occupancy-hint`}
            onChange={(e) => setEvent(e.target.value)}
          />
        </div>
      </div>
      <p className="hint" id={`${id}-occupancy-hint`}>
        {t('site.occupancyHint')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('site.notes')}</label>
        <textarea
          id={`${id}-notes`}
          rows={4}
          maxLength={MAX_NOTES_LENGTH}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
      <FormActions busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
