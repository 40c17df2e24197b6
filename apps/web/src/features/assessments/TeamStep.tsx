import { MAX_NAME_LENGTH, MAX_TEAM, TeamRole, type TeamMember } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { NameField } from '../../ui/NameField.tsx';
import { RowAction } from '../../ui/RowAction.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { newItemId } from './itemId.ts';
import type { StepProps } from './StepProps.ts';

function RoleOptions() {
  const { t } = useI18n();
  return TeamRole.options.map((r) => (
    <option key={r} value={r}>
      {t(`teamRole.${r}`)}
    </option>
  ));
}

/** The form that adds a member: a name (required), an organisation, a role. */
function AddMember({ onAdd }: { onAdd: (member: TeamMember) => void }) {
  const id = useId();
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState<TeamRole>('police');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    onAdd({ id: newItemId(), name: name.trim(), organisation: organisation.trim(), role });
    setName('');
    setOrganisation('');
  };
  return (
    <form className="form form-row" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="form-title">
        {t('team.addTitle')}
      </h3>
      <NameField label="team.name" value={name} onChange={setName} grow />
      <NameField label="team.organisation" value={organisation} onChange={setOrganisation} required={false} grow />
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('team.role')}</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(TeamRole.parse(e.target.value))}>
          <RoleOptions />
        </select>
      </div>
      <div className="actions">
        <button type="submit" className="button-primary">
          {t('team.add')}
        </button>
      </div>
    </form>
  );
}

/** Step 2: the multidisciplinary team, each member's name, organisation and role, edited in place. */
export function TeamStep({ form, readOnly }: StepProps) {
  const { t } = useI18n();
  const team = form.draft.content.team;
  const change = (index: number, patch: Partial<TeamMember>) =>
    form.editContent({ team: team.map((m, i) => (i === index ? { ...m, ...patch } : m)) });
  return (
    <>
      {team.length === 0 ? (
        <p className="empty">{t('team.empty')}</p>
      ) : (
        <fieldset className="step-fields" disabled={readOnly}>
          <TableScroll>
            <table className="table table-dense" data-testid="team">
              <caption>{t('team.caption')}</caption>
              <TableHead
                columns={[
                  { label: 'team.name' },
                  { label: 'team.organisation' },
                  { label: 'team.role' },
                  !readOnly && { label: 'common.actions', hidden: true },
                ]}
              />
              <tbody>
                {team.map((m, i) => (
                  <tr key={m.id} data-testid="team-member">
                    <td>
                      <input
                        aria-label={t('team.nameOf', { n: i + 1 })}
                        required
                        maxLength={MAX_NAME_LENGTH}
                        value={m.name}
                        onChange={(e) => change(i, { name: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={t('team.organisationOf', { n: i + 1 })}
                        maxLength={MAX_NAME_LENGTH}
                        value={m.organisation}
                        onChange={(e) => change(i, { organisation: e.target.value })}
                      />
                    </td>
                    <td>
                      <select
                        aria-label={t('team.roleOf', { n: i + 1 })}
                        value={m.role}
                        onChange={(e) => change(i, { role: TeamRole.parse(e.target.value) })}
                      >
                        <RoleOptions />
                      </select>
                    </td>
                    {!readOnly && (
                      <td>
                        <RowAction
                          text={t('team.remove')}
                          label={t('team.removeLabel', { name: m.name })}
                          onClick={() => form.editContent({ team: team.filter((x) => x.id !== m.id) })}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </fieldset>
      )}
      {!readOnly && team.length < MAX_TEAM && (
        <AddMember onAdd={(m) => form.editContent({ team: [...team, m] })} />
      )}
    </>
  );
}
