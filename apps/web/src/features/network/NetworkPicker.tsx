import { useId } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { useResource } from '../../ui/useResource.ts';

/** Switches between the networks of the platform. */
export function NetworkPicker({ current }: { current: string }) {
  const id = useId();
  const { t } = useI18n();
  const networks = useResource(() => api.listNetworks(), 'networks');
  if (!networks.data || networks.data.length < 2) return null;
  return (
    <div className="field-inline">
      <label htmlFor={id}>{t('network.choose')}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => navigate(pathOf({ name: 'network', slug: e.target.value }))}
      >
        {networks.data.map((n) => (
          <option key={n.id} value={n.slug}>
            {n.name}
          </option>
        ))}
      </select>
    </div>
  );
}
