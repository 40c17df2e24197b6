import type { Invitation } from '@pactesur/contracts';
import { useI18n } from '../hooks/useI18n.tsx';
import { TableScroll } from './TableScroll.tsx';

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
        <thead>
          <tr>
            <th scope="col">{t('invite.email')}</th>
            <th scope="col">{t('invite.role')}</th>
            <th scope="col">{t('invite.col.expires')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {open.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.email}</th>
              <td>{t(`role.${i.role}`)}</td>
              <td>{formatDate(i.expiresAt, 'date-time')}</td>
              <td>
                <button
                  type="button"
                  className="button-danger"
                  disabled={busy}
                  onClick={() => onRevoke(i)}
                  aria-label={t('invite.revokeLabel', { email: i.email })}
                >
                  {t('invite.revoke')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
