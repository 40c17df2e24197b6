import type { Invitation } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { RowAction } from '../../ui/RowAction.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';

interface Props {
  readonly invitations: readonly Invitation[];
  readonly busy: boolean;
  readonly onRevoke: (invitation: Invitation) => void;
}

/** Invitations not yet accepted, each revocable. */
export function InvitationsList({ invitations, busy, onRevoke }: Props) {
  const { t, formatDate } = useI18n();
  const open = invitations.filter((i) => i.acceptedAt === null);
  if (open.length === 0) return <p className="hint">{t('invite.none')}</p>;
  return (
    <TableScroll>
      <table className="table" data-testid="invitations">
        <caption className="visually-hidden">{t('invite.open')}</caption>
        <TableHead
          columns={[{ label: 'invite.email' }, { label: 'invite.role' }, { label: 'invite.col.expires' }, { label: 'common.actions' }]}
        />
        <tbody>
          {open.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.email}</th>
              <td>{t(`role.${i.role}`)}</td>
              <td>{formatDate(i.expiresAt, 'date-time')}</td>
              <td>
                <RowAction
                  text={t('invite.revoke')}
                  label={t('invite.revokeLabel', { email: i.email })}
                  busy={busy}
                  onClick={() => onRevoke(i)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
