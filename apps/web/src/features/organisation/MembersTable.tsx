import { Role, type Member } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { RowAction } from '../../ui/RowAction.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';

interface Props {
  readonly members: readonly Member[];
  readonly caption: string;
  readonly myUserId: string;
  readonly canManage: boolean;
  readonly busy: boolean;
  readonly onRole: (member: Member, role: Role) => void;
  readonly onRemove: (member: Member) => void;
}

/** The people of an organisation; admins change roles and remove members. */
export function MembersTable({ members, caption, myUserId, canManage, busy, onRole, onRemove }: Props) {
  const { t, formatDate } = useI18n();
  return (
    <TableScroll>
      <table className="table" data-testid="members">
        <caption>{caption}</caption>
        <TableHead
          columns={[
            { label: 'members.col.name' },
            { label: 'members.col.email' },
            { label: 'members.col.role' },
            { label: 'members.col.since' },
            canManage && { label: 'common.actions' },
          ]}
        />
        <tbody>
          {members.map((m) => (
            <tr key={m.userId}>
              <th scope="row">
                {m.displayName}
                {m.userId === myUserId && <span className="tag">{t('members.you')}</span>}
              </th>
              <td>{m.email}</td>
              <td>
                {canManage ? (
                  <select
                    aria-label={t('members.roleOf', { name: m.displayName })}
                    value={m.role}
                    disabled={busy}
                    onChange={(e) => onRole(m, Role.parse(e.target.value))}
                  >
                    {Role.options.map((r) => (
                      <option key={r} value={r}>
                        {t(`role.${r}`)}
                      </option>
                    ))}
                  </select>
                ) : (
                  t(`role.${m.role}`)
                )}
              </td>
              <td>{formatDate(m.since)}</td>
              {canManage && (
                <td>
                  <RowAction
                    text={t('members.remove')}
                    label={t('members.removeLabel', { name: m.displayName })}
                    busy={busy}
                    onClick={() => onRemove(m)}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
