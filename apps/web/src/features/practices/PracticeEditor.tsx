import type { Multilingual, PracticeContent } from '@pactesur/contracts';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import {
  cleanContent,
  contentLanguages,
  draftProblems,
  locationOf,
  withSource,
  type DraftProblem,
  type MultilingualField,
} from './contentDraft.ts';
import { EditLanguages } from './EditLanguages.tsx';
import { EvidenceFields } from './EvidenceFields.tsx';
import { IdentityFields } from './IdentityFields.tsx';
import { InterventionFields } from './InterventionFields.tsx';
import { LinksFields } from './LinksFields.tsx';
import type { PlaceText } from './LocationFields.tsx';
import { ProblemFields } from './ProblemFields.tsx';
import { ResourcesFields } from './ResourcesFields.tsx';
import { TransferFields } from './TransferFields.tsx';

interface Props {
  /** The practice edited; absent for a new one. */
  readonly practiceId?: string;
  readonly initial: PracticeContent;
  /** The organisation that owns the practice (not offered among those a restricted one is shared with). */
  readonly ownerOrgId: string | null;
  readonly busy: boolean;
  readonly submitLabel: MessageKey;
  readonly onSave: (content: PracticeContent) => void;
  readonly onCancel: () => void;
  /** Why the last save failed, shown beside the button. */
  readonly failure?: ReactNode;
}

type Problem = DraftProblem | 'location';

/**
 * The editor of a practice, part by part as the record has them: in the tab of the language it is written
 * in every field; in the tab of a translation its texts only (a person's translation, or a pasted machine
 * translation kept apart). Saved whole, trimmed, once the title, dates, place and sharing are right.
 */
export function PracticeEditor({
  practiceId,
  initial,
  ownerOrgId,
  busy,
  submitLabel,
  onSave,
  onCancel,
  failure,
}: Props) {
  const { t } = useI18n();
  const [content, setContent] = useState(initial);
  const [lang, setLang] = useState(initial.title.source);
  const [added, setAdded] = useState<readonly string[]>([]);
  const [place, setPlace] = useState<PlaceText>(() => ({
    lon: initial.location ? String(initial.location[0]) : '',
    lat: initial.location ? String(initial.location[1]) : '',
  }));
  const placeInvalid = locationOf(place.lon, place.lat) === 'invalid';
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const problemList = useRef<HTMLDivElement>(null);
  const source = content.title.source;
  const languages = [...new Set([...contentLanguages(content), ...added])];

  const change = (patch: Partial<PracticeContent>) => setContent((c) => ({ ...c, ...patch }));
  const changeText = (field: MultilingualField, m: Multilingual) =>
    setContent((c) => {
      const next = { ...c };
      next[field] = m;
      return next;
    });
  const section = { content, change, changeText, lang };
  const changePlace = (next: PlaceText) => {
    setPlace(next);
    const location = locationOf(next.lon, next.lat);
    if (location !== 'invalid') change({ location });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [...draftProblems(content), ...(placeInvalid ? ['location' as const] : [])];
    setProblems(found);
    if (found.length > 0) {
      problemList.current?.focus();
      return;
    }
    onSave(cleanContent(content));
  };

  return (
    <form
      className="practice-editor"
      data-testid="practice-editor"
      onSubmit={submit}
      aria-busy={busy}
      noValidate
    >
      <EditLanguages
        source={source}
        languages={languages}
        selected={lang}
        onSelect={setLang}
        onSource={(next) => {
          setContent((c) => withSource(c, next));
          setLang(next);
        }}
        onAdd={(next) => {
          setAdded((a) => [...a, next]);
          setLang(next);
        }}
      >
        <IdentityFields
          {...section}
          ownerOrgId={ownerOrgId}
          place={place}
          placeInvalid={placeInvalid}
          onPlace={changePlace}
        />
        <ProblemFields {...section} />
        <InterventionFields {...section} />
        {lang === source && <ResourcesFields {...section} />}
        <EvidenceFields {...section} />
        <TransferFields {...section} />
        {lang === source && <LinksFields {...section} practiceId={practiceId ?? null} />}
      </EditLanguages>
      <div className="practice-editor-footer">
        {problems.length > 0 && (
          <div className="error" role="alert" tabIndex={-1} ref={problemList} data-testid="practice-problems">
            <strong>{t('practiceEdit.problems')}</strong>
            <ul>
              {problems.map((p) => (
                <li key={p}>{t(`practiceEdit.problem.${p}`)}</li>
              ))}
            </ul>
          </div>
        )}
        {failure}
        <FormActions busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
      </div>
    </form>
  );
}
