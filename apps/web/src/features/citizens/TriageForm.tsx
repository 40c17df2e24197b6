import type { BlurRegion, Report, ReportStatus } from '@pactesur/contracts';
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { CheckField } from '../../ui/CheckField.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextAreaField } from '../../ui/TextAreaField.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { PhotoBlurEditor } from './PhotoBlurEditor.tsx';
import { STATUSES } from './reportStatus.ts';

/** Most characters of the public note on a report's status (the API's limit). */
const MAX_NOTE = 2_000;

interface Props {
  readonly report: Report;
  /** The address of its photo (faces blurred), changed when the report is saved. */
  readonly photoSrc: string | null;
  readonly onSaved: (report: Report) => void;
}

/**
 * The organisation's triage of a report: its status and the public note the reporter reads, whether it is
 * published (its text and blurred photo, never the reporter's name or contact), and the regions of its
 * photo to blur by hand before that.
 */
export function TriageForm({ report, photoSrc, onSaved }: Props) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [status, setStatus] = useState<ReportStatus>(report.status);
  const [note, setNote] = useState(report.statusNote);
  const [published, setPublished] = useState(report.published);
  const [regions, setRegions] = useState<readonly BlurRegion[]>(report.blurRegions);

  const save = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const saved = await api.triageReport(report.id, {
        status,
        statusNote: note.trim(),
        published,
        blurRegions: [...regions],
      });
      onSaved(saved);
      announce(t('citizens.triage.saved'));
    });
  };

  return (
    <form className="form card" onSubmit={save} aria-labelledby="triage-title" data-testid="triage-form">
      <h2 id="triage-title">{t('citizens.triage.title')}</h2>
      <SelectField
        label="citizens.triage.status"
        options={STATUSES}
        optionName={(s) => t(`reportStatus.${s}`)}
        value={status}
        onChange={setStatus}
      />
      <TextAreaField
        label="citizens.triage.note"
        hint="citizens.triage.noteHint"
        value={note}
        rows={4}
        maxLength={MAX_NOTE}
        onChange={setNote}
      />
      {photoSrc && (
        <fieldset className="field">
          <legend>{t('citizens.triage.blur')}</legend>
          <p className="hint">{t('citizens.triage.faces', { count: report.blurredFaces })}</p>
          <PhotoBlurEditor
            src={photoSrc}
            alt={t('citizens.triage.photo')}
            regions={regions}
            onChange={setRegions}
          />
        </fieldset>
      )}
      <CheckField
        label="citizens.triage.published"
        hint="citizens.triage.publishedHint"
        checked={published}
        onChange={setPublished}
      />
      <ErrorMessage error={action.error} />
      <FormActions busy={action.busy} submitLabel="citizens.triage.save" />
    </form>
  );
}
