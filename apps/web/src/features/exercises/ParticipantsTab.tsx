import { EXERCISE_ROLES, MAX_NAME_LENGTH, type Exercise, type ExerciseRole, type Inject } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { agencyLabels } from './agencyLabels.ts';

interface Props {
  readonly exercise: Exercise;
  /** The injects, whose recipients are offered as agency labels. */
  readonly msel: readonly Inject[];
  /** Whether the reader may add and remove participants (the organiser's editors). */
  readonly editable: boolean;
  readonly onChange: (next: Exercise) => void;
}

/**
 * The agencies taking part, each with its role and the label the MSEL's injects name it by (its slug and
 * name work too): added (the exercise is then shared with it to read) and removed by the organiser.
 */
export function ParticipantsTab({ exercise, msel, editable, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const orgs = useResource(() => (editable ? api.listOrgs() : Promise.resolve([])), String(editable));
  const [orgId, setOrgId] = useState('');
  const [role, setRole] = useState<ExerciseRole>('player');
  const [agency, setAgency] = useState('');
  const suggestions = agencyLabels(msel, exercise.participants);
  const choices = [...(orgs.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (orgId === '') return;
    const next = await action.run(() => api.addExerciseParticipant(exercise.id, { orgId, role, agency: agency.trim() }));
    if (!next) return;
    onChange(next);
    setOrgId('');
    setAgency('');
    announce(t('exerciseParticipants.added'));
  };
  const remove = async (participantId: string) => {
    const next = await action.run(() => api.removeExerciseParticipant(exercise.id, participantId));
    if (!next) return;
    onChange(next);
    announce(t('exerciseParticipants.removed'));
  };

  return (
    <div className="exercise-participants" data-testid="exercise-participants">
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('exerciseParticipants.title')}</h2>
        <p className="hint">{t('exerciseParticipants.hint')}</p>
        {exercise.participants.length === 0 ? (
          <p className="empty">{t('exerciseParticipants.empty')}</p>
        ) : (
          <TableScroll rows={exercise.participants.length}>
            <table className="table" data-testid="participants">
              <caption>{t('exerciseParticipants.caption', { name: exercise.name })}</caption>
              <TableHead
                columns={[
                  { label: 'exerciseParticipants.col.org' },
                  { label: 'exerciseParticipants.col.role' },
                  { label: 'exerciseParticipants.col.agency' },
                  editable && { label: 'common.actions', hidden: true },
                ]}
              />
              <tbody>
                {exercise.participants.map((p) => (
                  <tr key={p.id} data-testid="participant" data-org-slug={p.orgSlug} data-role={p.role}>
                    <th scope="row">
                      {p.orgName}
                      {p.userName && <span className="meta-line">{p.userName}</span>}
                    </th>
                    <td>{t(`exerciseRole.${p.role}`)}</td>
                    <td className="mono">{p.agency || p.orgSlug}</td>
                    {editable && (
                      <td>
                        <button
                          type="button"
                          className="button-quiet"
                          disabled={action.busy}
                          onClick={() => void remove(p.id)}
                          aria-label={t('exerciseParticipants.remove', { org: p.orgName, role: t(`exerciseRole.${p.role}`) })}
                        >
                          {t('exerciseDesign.remove')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      {editable && (
        <section className="card" aria-labelledby={`${id}-add`}>
          <h2 id={`${id}-add`}>{t('exerciseParticipants.add')}</h2>
          <ErrorMessage error={orgs.error} />
          <form className="form" onSubmit={(e) => void add(e)} aria-busy={action.busy} data-testid="add-participant">
            <div className="form form-row">
              <div className="field grow">
                <label htmlFor={`${id}-org`}>{t('exerciseParticipants.org')}</label>
                <select id={`${id}-org`} required value={orgId} onChange={(e) => setOrgId(e.target.value)}>
                  <option value="">{t('exerciseParticipants.chooseOrg')}</option>
                  {choices.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-role`}>{t('exerciseParticipants.role')}</label>
                <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as ExerciseRole)}>
                  {EXERCISE_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`exerciseRole.${r}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-agency`}>{t('exerciseParticipants.agency')}</label>
                <input
                  id={`${id}-agency`}
                  list={`${id}-agencies`}
                  maxLength={MAX_NAME_LENGTH}
                  value={agency}
                  aria-describedby={`${id}-agency-hint`}
                  onChange={(e) => setAgency(e.target.value)}
                />
                <datalist id={`${id}-agencies`}>
                  {suggestions.map((s) => (
                    <option key={s} value={s} />
                  ))}
                </datalist>
              </div>
            </div>
            <p className="hint" id={`${id}-agency-hint`}>
              {suggestions.length > 0
                ? t('exerciseParticipants.agencyHint', { labels: suggestions.join(', ') })
                : t('exerciseParticipants.agencyHintNone')}
            </p>
            <FormActions busy={action.busy} submitLabel="exerciseParticipants.addButton" />
          </form>
          <ErrorMessage error={action.error} />
        </section>
      )}
    </div>
  );
}
