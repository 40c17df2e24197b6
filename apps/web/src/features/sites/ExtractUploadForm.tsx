import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

interface Props {
  readonly busy: boolean;
  readonly onSubmit: (file: File, dataDate: string | undefined) => void;
}

/** Choose an OpenStreetMap extract and the date of its data, then upload it. */
export function ExtractUploadForm({ busy, onSubmit }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [dataDate, setDataDate] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) onSubmit(file, dataDate === '' ? undefined : dataDate);
  };
  return (
    <form className="form form-row" onSubmit={submit} aria-busy={busy}>
      <div className="field grow">
        <label htmlFor={`${id}-file`}>{t('import.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          required
          accept=".osm,.pbf,.osm.pbf,.xml,application/xml,application/octet-stream"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('import.dataDate')}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={dataDate}
          aria-describedby={`${id}-date-hint`}
          onChange={(e) => setDataDate(e.target.value)}
        />
        <small id={`${id}-date-hint`}>{t('import.dataDateHint')}</small>
      </div>
      <button type="submit" className="button-primary" disabled={busy || file === null}>
        {t('import.submit')}
      </button>
    </form>
  );
}
