import type { NetworkMember } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { RowAction } from '../../ui/RowAction.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { ROLE_COLOURS } from './map/roleColours.ts';

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
        <TableHead
          columns={[
            { label: 'network.col.name' },
            { label: 'network.col.kind' },
            { label: 'network.col.country' },
            { label: 'network.col.role' },
            { label: 'common.actions', hidden: true },
          ]}
        />
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
                  <RowAction
                    text={t('network.showOnMap')}
                    label={t('network.showOnMapLabel', { name: org.name })}
                    tone="quiet"
                    onClick={() => onShow(org.id)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
