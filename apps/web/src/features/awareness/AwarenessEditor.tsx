import type { AwarenessPage, SaveAwarenessInput } from '@pactesur/contracts';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { CheckField } from '../../ui/CheckField.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { EditLanguages } from '../practices/EditLanguages.tsx';
import {
  draftLanguages,
  draftOf,
  draftProblems,
  MAX_SECTIONS,
  saveOf,
  withDraftSource,
  withLanguage,
  withNewSection,
  withoutSection,
  withSectionChanged,
  withSectionMoved,
  type AwarenessDraft,
  type DraftProblem,
} from './awarenessDraft.ts';
import { SectionEditor } from './SectionEditor.tsx';
import '../practices/practices.css';
import './awareness.css';

interface Props {
  readonly page: AwarenessPage;
  readonly busy: boolean;
  readonly onSave: (body: SaveAwarenessInput) => void;
  readonly onCancel: () => void;
  /** Why the last save failed, shown beside the button. */
  readonly failure: ReactNode;
}

/**
 * The editor of a city's page: the language it is written in and a tab per translation; in the first, the
 * sections added, ordered, removed, each with its topic, title and text; in the others, their translations
 * (a person's, or a pasted machine translation kept apart). Published or not, saved whole.
 */
export function AwarenessEditor({ page, busy, onSave, onCancel, failure }: Props) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<AwarenessDraft>(() => draftOf(page, page.org.languages[0] ?? locale));
  const [lang, setLang] = useState(draft.source);
  const [problems, setProblems] = useState<readonly DraftProblem[]>([]);
  const problemList = useRef<HTMLDivElement>(null);
  const change = (next: (d: AwarenessDraft) => AwarenessDraft) => setDraft(next);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = draftProblems(draft);
    setProblems(found);
    if (found.length > 0) {
      problemList.current?.focus();
      return;
    }
    onSave(saveOf(draft));
  };

  return (
    <form
      className="card form awareness-editor"
      data-testid="awareness-editor"
      onSubmit={submit}
      aria-busy={busy}
      noValidate
    >
      <h2>{t('awarenessEdit.title')}</h2>
      <p className="hint">{t('awarenessEdit.intro')}</p>
      <EditLanguages
        source={draft.source}
        languages={draftLanguages(draft)}
        selected={lang}
        onSelect={setLang}
        onSource={(next) => {
          change((d) => withDraftSource(d, next));
          setLang(next);
        }}
        onAdd={(next) => {
          change((d) => withLanguage(d, next));
          setLang(next);
        }}
        sourceHint="awarenessEdit.sourceHint"
        translationIntro="awarenessEdit.translationIntro"
      >
        {draft.sections.length === 0 && <p className="empty">{t('awarenessEdit.noSections')}</p>}
        {draft.sections.map((s, i) => (
          <SectionEditor
            key={s.key}
            section={s}
            n={i + 1}
            count={draft.sections.length}
            source={draft.source}
            lang={lang}
            onChange={(patch) => change((d) => withSectionChanged(d, s.key, patch))}
            onMove={(by) => change((d) => withSectionMoved(d, s.key, by))}
            onRemove={() => change((d) => withoutSection(d, s.key))}
          />
        ))}
        {lang === draft.source &&
          (draft.sections.length < MAX_SECTIONS ? (
            <p>
              <button type="button" onClick={() => change(withNewSection)}>
                {t('awarenessEdit.addSection')}
              </button>
            </p>
          ) : (
            <p className="hint">{t('awarenessEdit.maxSections', { max: MAX_SECTIONS })}</p>
          ))}
      </EditLanguages>
      <CheckField
        label="awarenessEdit.published"
        hint="awarenessEdit.publishedHint"
        checked={draft.published}
        onChange={(published) => change((d) => ({ ...d, published }))}
      />
      {problems.length > 0 && (
        <div className="error" role="alert" tabIndex={-1} ref={problemList} data-testid="awareness-problems">
          <strong>{t('awarenessEdit.problems')}</strong>
          <ul>
            {problems.map((p) => (
              <li key={`${p.n}-${p.problem}`}>{t(`awarenessEdit.problem.${p.problem}`, { n: p.n })}</li>
            ))}
          </ul>
        </div>
      )}
      {failure}
      <FormActions busy={busy} submitLabel="awarenessEdit.save" onCancel={onCancel} />
    </form>
  );
}
