import { NetworkRole, type Network } from '@pactesur/contracts';
import { useMemo, useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useResource } from '../../ui/useResource.ts';
import { NetworkCalls } from './calls/NetworkCalls.tsx';
import { NetworkLegend } from './NetworkLegend.tsx';
import { NetworkMap } from './NetworkMap.tsx';
import { NetworkMembersTable } from './NetworkMembersTable.tsx';
import { NetworkPicker } from './NetworkPicker.tsx';
import { NetworkProgramme } from './programme/NetworkProgramme.tsx';

const ROLE_ORDER = NetworkRole.options;

/** Members sorted by role (lead first), then by name. */
const sortMembers = (network: Network) =>
  [...network.members].sort(
    (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.org.name.localeCompare(b.org.name),
  );

/** The network page (the home page shows PACTESUR 2): its members on a map and in a table, its programme and its calls for expressions of interest. */
export function NetworkPage({ slug }: { slug: string }) {
  const { t } = useI18n();
  const network = useResource(() => api.getNetwork(slug), slug);
  const [focus, setFocus] = useState<{ orgId: string; nonce: number } | null>(null);
  const members = useMemo(() => (network.data ? sortMembers(network.data) : []), [network.data]);
  const roles = useMemo(() => ROLE_ORDER.filter((r) => members.some((m) => m.role === r)), [members]);

  if (network.error) return <ErrorMessage error={network.error} />;
  if (!network.data) return <p className="loading">{t('app.loading')}</p>;
  const n = network.data;
  return (
    <article className="page" aria-labelledby="network-title">
      <header className="page-header">
        <div>
          <h1 id="network-title">{n.name}</h1>
          <p className="meta">
            {n.periodStart && t('network.period', { start: n.periodStart, end: n.periodEnd ?? '…' })}
            {' · '}
            {t('network.memberCount', { count: n.members.length })}
          </p>
        </div>
        <NetworkPicker current={n.slug} />
      </header>
      {n.description && <p className="lead">{n.description}</p>}
      <section className="map-section" aria-labelledby="map-title">
        <h2 id="map-title">{t('network.mapTitle')}</h2>
        <p className="hint">{t('network.mapHint')}</p>
        <div className="map-layout">
          <NetworkMap members={members} label={t('network.mapLabel', { name: n.name })} focus={focus} />
          <NetworkLegend roles={roles} />
        </div>
      </section>
      <section aria-labelledby="members-title">
        <h2 id="members-title">{t('network.tableCaption', { name: n.name })}</h2>
        <NetworkMembersTable
          members={members}
          caption={t('network.memberCount', { count: members.length })}
          onShow={(orgId) => {
            setFocus((f) => ({ orgId, nonce: (f?.nonce ?? 0) + 1 }));
            document.getElementById('map-title')?.scrollIntoView({ behavior: 'smooth' });
          }}
        />
      </section>
      <NetworkProgramme network={n} />
      <NetworkCalls network={n} />
    </article>
  );
}
