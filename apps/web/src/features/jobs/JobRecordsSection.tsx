import type { Site } from '@pactesur/contracts';
import { useEffect, type ReactNode } from 'react';
import { can } from '../../access/can.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { useSession } from '../../session/useSession.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useResource } from '../../ui/useResource.ts';
import type { JobRecordNs } from './jobRecordNs.ts';

/** How often the list is read again while one of its records is computed. */
const REFRESH_MS = 2000;

interface Props<R> {
  readonly ns: JobRecordNs;
  readonly site: Site;
  readonly list: (siteId: string) => Promise<readonly R[]>;
  /** The class of the section's header row. */
  readonly headerClassName?: string;
  /** The table of the records, when there are any. */
  readonly children: (records: readonly R[]) => ReactNode;
}

/**
 * The records of a site that a job computes (its threat analyses, protection plans or crowd simulations) on
 * the site's page: the title, the way to start a new one for those who may, and the list, read again while
 * one of them is computed.
 */
export function JobRecordsSection<R extends { readonly status: string }>(props: Props<R>) {
  const { ns, site, headerClassName = 'section-header', children } = props;
  const { t } = useI18n();
  // The link to the form only for those who may start one on this site (hidden, not disabled).
  const canStart = can(useSession().activeMembership, `${ns}.start`, site.access);
  const list = useResource(() => props.list(site.id), site.id);
  const running = list.data?.some((r) => r.status === 'processing') ?? false;
  const { reload } = list;
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [running, reload]);

  return (
    <section className="card" aria-labelledby={`${ns}-section-title`} data-testid={`${ns}-section`}>
      <div className={headerClassName}>
        <h2 id={`${ns}-section-title`}>{t(`${ns}.sectionTitle`)}</h2>
        {canStart && (
          <Link className="button button-primary" to={pathOf({ name: `${ns}-new`, siteId: site.id })}>
            {t(`${ns}.new`)}
          </Link>
        )}
      </div>
      <p className="hint">{t(`${ns}.sectionIntro`)}</p>
      <ErrorMessage error={list.error} />
      {list.data?.length === 0 && <p className="empty">{t(`${ns}.empty`)}</p>}
      {list.data && list.data.length > 0 && children(list.data)}
    </section>
  );
}
