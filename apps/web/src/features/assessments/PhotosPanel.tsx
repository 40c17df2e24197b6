import { MAX_NAME_LENGTH } from '@pactesur/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { CheckField } from '../../ui/CheckField.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { RowAction } from '../../ui/RowAction.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { photoTypeOf } from './photoUpload.ts';
import type { AssessmentForm } from './useAutosave.ts';

/**
 * The photos of the assessment: thumbnails with caption, author and date; upload a JPEG or PNG with a
 * caption, its location removed unless kept on purpose; delete.
 */
export function PhotosPanel({ form, canEdit }: { form: AssessmentForm; canEdit: boolean }) {
  const id = useId();
  const { t, formatDate } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const file = useRef<HTMLInputElement>(null);
  const [caption, setCaption] = useState('');
  const [keepLocation, setKeepLocation] = useState(false);
  const [wrongType, setWrongType] = useState(false);
  const a = form.assessment;

  const upload = (event: FormEvent) => {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    if (!chosen) return;
    const type = photoTypeOf(chosen);
    setWrongType(type === null);
    if (type === null) return;
    void action.run(async () => {
      const photo = await api.uploadAssessmentPhoto(
        a.id,
        { filename: chosen.name.slice(0, MAX_NAME_LENGTH), caption: caption.trim(), keepLocation },
        chosen,
        type,
      );
      form.patch((x) => ({ ...x, photos: [...x.photos, photo] }));
      setCaption('');
      setKeepLocation(false);
      if (file.current) file.current.value = '';
      announce(t('photos.uploaded'));
    });
  };

  return (
    <section className="card side-panel" aria-labelledby={`${id}-title`} data-testid="photos">
      <h2 id={`${id}-title`}>{t('photos.title')}</h2>
      {a.photos.length === 0 && <p className="empty">{t('photos.empty')}</p>}
      <ul className="photo-list">
        {a.photos.map((p) => (
          <li key={p.id} data-testid="photo">
            <figure>
              <img src={api.assessmentPhotoPath(a.id, p.id)} alt={p.caption || p.filename} loading="lazy" />
              <figcaption>
                {p.caption && <span className="photo-caption">{p.caption}</span>}
                <span className="meta-line">
                  {t('photos.by', { name: p.byName, date: formatDate(p.createdAt, 'date') })}
                </span>
                {p.locationKept && <span className="badge">{t('photos.locationKept')}</span>}
              </figcaption>
            </figure>
            {canEdit && (
              <RowAction
                text={t('photos.delete')}
                label={t('photos.deleteLabel', { name: p.caption || p.filename })}
                busy={action.busy}
                onClick={() =>
                  void action.run(async () => {
                    await api.deleteAssessmentPhoto(a.id, p.id);
                    form.patch((x) => ({ ...x, photos: x.photos.filter((y) => y.id !== p.id) }));
                    announce(t('photos.deleted'));
                  })
                }
              />
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form className="form" onSubmit={upload} aria-busy={action.busy}>
          <div className="field">
            <label htmlFor={`${id}-file`}>{t('photos.file')}</label>
            <input
              id={`${id}-file`}
              ref={file}
              type="file"
              required
              accept="image/jpeg,image/png"
              aria-invalid={wrongType}
              onChange={() => setWrongType(false)}
            />
            {wrongType && (
              <small className="field-problem" role="alert">
                {t('photos.wrongType')}
              </small>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-caption`}>{t('photos.caption')}</label>
            <input
              id={`${id}-caption`}
              maxLength={1000}
              value={caption}
              onChange={(e) => setCaption(e.target.value)}
            />
          </div>
          <CheckField
            label="photos.keepLocation"
            hint="photos.keepLocationHint"
            checked={keepLocation}
            onChange={setKeepLocation}
          />
          <FormActions busy={action.busy} submitLabel="photos.upload" busyLabel="photos.uploading" />
        </form>
      )}
      <ErrorMessage error={action.error} />
    </section>
  );
}
