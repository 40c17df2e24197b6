import type { NetworkRole } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ROLE_COLOURS } from './map/roleColours.ts';

/** The roles present on the map, with their colours. */
export function NetworkLegend({ roles }: { roles: readonly NetworkRole[] }) {
  const { t } = useI18n();
  return (
    <div className="legend">
      <h3 className="legend-title">{t('network.legend')}</h3>
      <ul>
        {roles.map((role) => (
          <li key={role}>
            <span className="swatch" style={{ background: ROLE_COLOURS[role] }} aria-hidden="true" />
            {t(`networkRole.${role}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
