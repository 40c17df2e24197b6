import { MAX_NAME_LENGTH } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { EditableRows } from '../../ui/EditableRows.tsx';
import { InputField } from '../../ui/InputField.tsx';
import { emptySession, withSessionKey, withSessionTitle, type SessionDraft } from './courseDraft.ts';
import { COURSE_LIMITS, type SessionProblem } from './courseProblems.ts';

interface Props {
  readonly rows: readonly SessionDraft[];
  /** The problems of each row, shown once the form was sent. */
  readonly problems: readonly (readonly SessionProblem[])[];
  readonly onChange: (rows: SessionDraft[]) => void;
}

/**
 * The sessions of a course, a row each: its title, the key its attendance is filed under (following the
 * title until written by hand), its day, times and place. Rows are added up to the limit and removed down to
 * one.
 */
export function SessionRows({ rows, problems, onChange }: Props) {
  const { t } = useI18n();
  return (
    <EditableRows
      words={{
        legend: 'courseEdit.sessions',
        row: 'courseEdit.session',
        add: 'courseEdit.addSession',
        remove: 'courseEdit.removeSession',
        removeLabel: 'courseEdit.removeSessionLabel',
      }}
      hint={t('courseEdit.sessionsHint', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}
      testId="session-rows"
      rowTestId="session-row"
      rows={rows}
      problems={problems}
      problemKey={(p) => `courseEdit.problem.session.${p}`}
      min={1}
      max={COURSE_LIMITS.sessions}
      empty={emptySession}
      onChange={onChange}
    >
      {({ row, index, id, problems: shown, set }) => (
        <>
          <div className="form-row form">
            <InputField
              label="courseEdit.sessionTitle"
              grow
              maxLength={MAX_NAME_LENGTH}
              value={row.title}
              invalid={shown.includes('title')}
              onChange={(title) => onChange(withSessionTitle(rows, index, title))}
            />
            <InputField
              label="courseEdit.sessionKey"
              maxLength={40}
              value={row.key}
              invalid={shown.includes('key') || shown.includes('duplicate')}
              describedBy={`${id}-key-hint`}
              onChange={(key) => onChange(withSessionKey(rows, index, key))}
            />
          </div>
          <p className="hint" id={`${id}-key-hint`}>
            {t('courseEdit.sessionKeyHint')}
          </p>
          <div className="form-row form">
            <InputField
              label="courseEdit.sessionDate"
              type="date"
              value={row.date}
              invalid={shown.includes('date')}
              onChange={(date) => set({ date })}
            />
            <InputField
              label="courseEdit.sessionStarts"
              type="time"
              value={row.starts}
              invalid={shown.includes('times')}
              onChange={(starts) => set({ starts })}
            />
            <InputField
              label="courseEdit.sessionEnds"
              type="time"
              value={row.ends}
              invalid={shown.includes('times')}
              onChange={(ends) => set({ ends })}
            />
            <InputField
              label="courseEdit.sessionPlace"
              grow
              maxLength={MAX_NAME_LENGTH}
              value={row.place}
              onChange={(place) => set({ place })}
            />
          </div>
        </>
      )}
    </EditableRows>
  );
}
