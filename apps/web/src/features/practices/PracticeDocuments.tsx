import { MAX_NAME_LENGTH, type Practice } from '@pactesur/contracts';
import { useId, useRef, useState } from 'react';
import { api } from '../../api.ts';
import { formatBytes } from '../../i18n/numbers.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { documentTypeOf } from './documentType.ts';

/**
 * A practice's documents (its evaluation report, a plan, photos of what was built): a list for its readers,
 * opened in a new tab; its editors attach and remove them while it is a draft.
 */
export function PracticeDocuments({ practice, onChange }: { practice: Practice; onChange: (next: Practice) => void }) {
  const { t, locale } = useI18n();
  const { announce } = useStatus();
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [wrongType, setWrongType] = useState(false);
  const action = useAction();
  const editable = practice.canEdit && practice.state === 'draft';
  if (practice.attachments.length === 0 && !editable) return null;

  const upload = () => {
    const chosen = file.current?.files?.[0];
    if (!chosen) return;
    const type = documentTypeOf(chosen.name, chosen.type);
    if (!type) return setWrongType(true);
    void action.run(async () => {
      const next = await api.attachToPractice(practice.id, chosen.name.slice(0, MAX_NAME_LENGTH), chosen, type);
      if (file.current) file.current.value = '';
      onChange(next);
      announce(t('practiceDocuments.attached'));
    });
  };
  const remove = (attachmentId: string) =>
    void action.run(async () => {
      onChange(await api.detachFromPractice(practice.id, attachmentId));
      announce(t('practiceDocuments.removed'));
    });

  return (
    <section className="practice-documents" aria-labelledby={`${id}-title`} data-testid="practice-documents">
      <h2 id={`${id}-title`}>{t('practiceDocuments.title')}</h2>
      {practice.attachments.length === 0 ? (
        <p className="hint">{t('practiceDocuments.none')}</p>
      ) : (
        <ul className="practice-document-list">
          {practice.attachments.map((a) => (
            <li key={a.id}>
              <a href={api.practiceAttachmentPath(practice.id, a.id)} target="_blank" rel="noopener noreferrer">
                {a.filename}
              </a>{' '}
              <small className="hint">
                {t(a.contentType === 'application/pdf' ? 'practiceDocuments.pdf' : 'practiceDocuments.photo')} · {formatBytes(a.bytes, locale)}
              </small>
              {editable && (
                <button type="button" className="button-quiet" disabled={action.busy} onClick={() => remove(a.id)} aria-label={t('practiceDocuments.removeNamed', { name: a.filename })}>
                  {t('practiceDocuments.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('practiceDocuments.add')}</label>
          <input
            id={`${id}-file`}
            ref={file}
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            aria-describedby={`${id}-hint`}
            aria-invalid={wrongType}
            disabled={action.busy}
            onChange={() => {
              setWrongType(false);
              upload();
            }}
            data-testid="practice-document-file"
          />
          <small id={`${id}-hint`}>{t('practiceDocuments.hint')}</small>
          {wrongType && (
            <small className="field-problem" role="alert">
              {t('practiceDocuments.wrongType')}
            </small>
          )}
        </div>
      )}
      <ErrorMessage error={action.error} />
    </section>
  );
}
