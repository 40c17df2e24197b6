import { MAX_ASSESSMENT_TEXT, type AssessmentStep } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { useSession } from '../../session/useSession.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { RowAction } from '../../ui/RowAction.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import type { AssessmentForm } from './useAutosave.ts';

interface Props {
  readonly form: AssessmentForm;
  readonly step: AssessmentStep;
  /** Whether the reader may comment (an editor with the right to change the assessment). */
  readonly canComment: boolean;
}

/** The team's comments on one step: each with its author and date; add one, delete one's own. */
export function CommentsPanel({ form, step, canComment }: Props) {
  const id = useId();
  const { t, formatDate } = useI18n();
  const { session } = useSession();
  const { announce } = useStatus();
  const action = useAction();
  const [body, setBody] = useState('');
  const a = form.assessment;
  const comments = a.comments.filter((c) => c.about === step);
  const me = session?.user.id ?? null;
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '') return;
    void action.run(async () => {
      const made = await api.addAssessmentComment(a.id, { body: body.trim(), about: step });
      form.patch((x) => ({ ...x, comments: [...x.comments, made] }));
      setBody('');
      announce(t('comments.added'));
    });
  };
  return (
    <section className="card side-panel" aria-labelledby={`${id}-title`} data-testid="comments">
      <h2 id={`${id}-title`}>{t('comments.title')}</h2>
      {comments.length === 0 && <p className="empty">{t('comments.empty')}</p>}
      <ul className="plain-list comment-list">
        {comments.map((c) => {
          const date = formatDate(c.createdAt, 'date-time');
          return (
            <li key={c.id} data-testid="comment">
              <p className="meta">{t('comments.by', { name: c.authorName, date })}</p>
              <p className="comment-body">{c.body}</p>
              {me !== null && c.authorId === me && (
                <RowAction
                  text={t('comments.delete')}
                  label={t('comments.deleteLabel', { date })}
                  busy={action.busy}
                  onClick={() =>
                    void action.run(async () => {
                      await api.deleteAssessmentComment(a.id, c.id);
                      form.patch((x) => ({ ...x, comments: x.comments.filter((y) => y.id !== c.id) }));
                      announce(t('comments.deleted'));
                    })
                  }
                />
              )}
            </li>
          );
        })}
      </ul>
      {canComment && (
        <form className="form" onSubmit={add}>
          <div className="field">
            <label htmlFor={`${id}-body`}>{t('comments.new')}</label>
            <textarea
              id={`${id}-body`}
              rows={3}
              maxLength={MAX_ASSESSMENT_TEXT}
              value={body}
              onChange={(e) => setBody(e.target.value)}
            />
          </div>
          <FormActions busy={action.busy} submitLabel="comments.add" />
        </form>
      )}
      <ErrorMessage error={action.error} />
    </section>
  );
}
