import type { Exchange, ExchangeGuest } from '@pactesur/contracts';
import { api } from '../../../api.ts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { RowAction } from '../../../ui/RowAction.tsx';
import { TableHead } from '../../../ui/TableHead.tsx';
import { TableScroll } from '../../../ui/TableScroll.tsx';
import { useAction } from '../../../ui/useAction.ts';
import { useStatus } from '../../../ui/useStatus.tsx';

interface Props {
  readonly slug: string;
  readonly exchange: Exchange;
  readonly onChanged: (exchange: Exchange) => void;
}

/**
 * The officers sent to an exchange: organisation, name, rank and unit, the days of their stay, and the
 * button to withdraw those the reader may (their organisation's, or any for the host and those who run
 * the programme).
 */
export function ExchangeGuests({ slug, exchange: x, onChanged }: Props) {
  const { t, formatDay } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const removable = x.guests.some((g) => g.canRemove);

  const withdraw = async (guest: ExchangeGuest) => {
    const saved = await action.run(() => api.removeExchangeGuest(slug, x.activityId, guest.id));
    if (!saved) return;
    onChanged(saved);
    announce(t('network.exchange.guests.withdrawn', { name: guest.name }));
  };

  return (
    <section aria-labelledby="exchange-guests-title" data-testid="exchange-guests">
      <h3 id="exchange-guests-title">{t('network.exchange.guests.title')}</h3>
      <p className="hint">{t('network.exchange.guests.hint')}</p>
      {x.guests.length === 0 ? (
        <p className="empty">{t('network.exchange.guests.none')}</p>
      ) : (
        <TableScroll rows={x.guests.length}>
          <table className="table table-dense">
            <caption className="visually-hidden">{t('network.exchange.guests.title')}</caption>
            <TableHead
              columns={[
                { label: 'network.exchange.guests.col.org' },
                { label: 'network.exchange.guests.col.name' },
                { label: 'network.exchange.guests.col.role' },
                { label: 'network.exchange.guests.col.stay' },
                removable && { label: 'network.exchange.guests.col.actions', hidden: true },
              ]}
            />
            <tbody>
              {x.guests.map((g) => (
                <tr key={g.id} data-testid="exchange-guest">
                  <td>{g.orgName}</td>
                  <td>{g.name}</td>
                  <td>{g.role}</td>
                  <td>
                    {t('network.exchange.guests.stay', {
                      from: formatDay(g.arrivesOn),
                      to: formatDay(g.leavesOn),
                    })}
                  </td>
                  {removable && (
                    <td>
                      {g.canRemove && (
                        <RowAction
                          text={t('network.exchange.guests.withdraw')}
                          label={t('network.exchange.guests.withdrawLabel', { name: g.name })}
                          busy={action.busy}
                          onClick={() => void withdraw(g)}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <ErrorMessage error={action.error} />
    </section>
  );
}
