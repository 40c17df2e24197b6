import type { Site } from '@pactesur/contracts';
import { useEffect } from 'react';
import { api } from '../api.ts';
import { useI18n } from '../hooks/useI18n.tsx';
import { useResource } from '../hooks/useResource.ts';
import { pathOf } from '../router/routes.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { Link } from './Link.tsx';
import { ThreatAnalysesTable } from './ThreatAnalysesTable.tsx';

/** How often the list is read again while one of its analyses is processed. */
const REFRESH_MS = 2000;

/**
 * The vehicle threat analyses of a site (HVM.md §1–3), with the way to start a new one for those who may
 * (analysts and above). The list refreshes itself while an analysis is running.
 */
export function ThreatAnalysesSection({ site, canStart }: { site: Site; canStart: boolean }) {
  const { t } = useI18n();
  const list = useResource(() => api.listThreatAnalyses(site.id), site.id);
  const running = list.data?.some((a) => a.status === 'processing') ?? false;
  const { reload } = list;
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [running, reload]);

  return (
    <section className="card" aria-labelledby="threat-section-title" data-testid="threat-section">
      <div className="section-header">
        <h2 id="threat-section-title">{t('threat.sectionTitle')}</h2>
        {canStart && (
          <Link className="button button-primary" to={pathOf({ name: 'threat-new', siteId: site.id })}>
            {t('threat.new')}
          </Link>
        )}
      </div>
      <p className="hint">{t('threat.sectionIntro')}</p>
      <ErrorMessage error={list.error} />
      {list.data?.length === 0 && <p className="empty">{t('threat.empty')}</p>}
      {list.data && list.data.length > 0 && <ThreatAnalysesTable analyses={list.data} />}
    </section>
  );
}
