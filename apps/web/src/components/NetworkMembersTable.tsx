import type { NetworkMember } from '@pactesur/contracts';
import { useI18n } from '../hooks/useI18n.tsx';
import { ROLE_COLOURS } from '../map/roleColours.ts';
import { TableScroll } from './TableScroll.tsx';

interface Props {
  readonly members: readonly NetworkMember[];
  readonly caption: string;
  readonly onShow: (orgId: string) => void;
}

/** The accessible list of a network's members: name, kind, country, role, and a button to find it on the map. */
export function NetworkMembersTable({ members, caption, onShow }: Props) {
  const { t, countryName } = useI18n();
  return (
    <TableScroll>
      <table className="table" data-testid="network-members">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('network.col.name')}</th>
            <th scope="col">{t('network.col.kind')}</th>
            <th scope="col">{t('network.col.country')}</th>
            <th scope="col">{t('network.col.role')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map(({ org, role }) => (
            <tr key={org.id}>
              <th scope="row">{org.name}</th>
              <td>{t(`orgKind.${org.kind}`)}</td>
              <td>{countryName(org.country)}</td>
              <td>
                <span className="swatch" style={{ background: ROLE_COLOURS[role] }} aria-hidden="true" />
                {t(`networkRole.${role}`)}
              </td>
              <td>
                {org.location && (
                  <button
                    type="button"
                    className="button-quiet"
                    onClick={() => onShow(org.id)}
                    aria-label={t('network.showOnMapLabel', { name: org.name })}
                  >
                    {t('network.showOnMap')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
