import type { Access, MyMembership, Site } from '@pactesur/contracts';
import { useState, type ReactNode } from 'react';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { ConfirmDelete } from '../../ui/ConfirmDelete.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { SharingPanel } from '../sharing/SharingPanel.tsx';
import { JobRecordProgress } from './JobRecordProgress.tsx';
import type { JobRecordNs } from './jobRecordNs.ts';

/** What the frame reads of a record of a site that a job computes. */
export interface SiteJobRecord {
  readonly id: string;
  readonly siteId: string;
  readonly ownerOrgId: string;
  readonly name: string;
  readonly createdAt: string;
  readonly status: 'processing' | 'ready' | 'failed';
  readonly progress: number;
  readonly error: string | null;
  readonly access: Access;
}

/** What the body of the page is given. */
export interface JobRecordView<R> {
  readonly record: R;
  readonly site: Site | null;
  /** The site's name, or "the site" while it loads or when it is not shared with the reader. */
  readonly siteName: string;
}

/** How each kind's page differs beyond its messages' namespace. */
interface Kind {
  /** Prefix of the page's element ids and test ids (`plan-title`, `plan-progress` …). */
  readonly idPrefix: string;
  readonly statusNs: 'threatStatus' | 'planStatus' | 'crowdStatus';
  /** Whose words it shares for the meta line, "the site", the confirmation and the loading of the result. */
  readonly wording: 'threat' | 'crowd';
  readonly sharing: 'threat-analysis' | 'protection-plan' | 'crowd-simulation';
}

const KINDS: Readonly<Record<JobRecordNs, Kind>> = {
  threat: { idPrefix: 'threat', statusNs: 'threatStatus', wording: 'threat', sharing: 'threat-analysis' },
  protection: { idPrefix: 'plan', statusNs: 'planStatus', wording: 'threat', sharing: 'protection-plan' },
  crowd: { idPrefix: 'crowd', statusNs: 'crowdStatus', wording: 'crowd', sharing: 'crowd-simulation' },
};

interface Props<R extends SiteJobRecord> {
  readonly ns: JobRecordNs;
  readonly membership: MyMembership;
  /** The record as its job is followed ({@link useJobRecord}): undefined until it is read. */
  readonly record: R | undefined;
  /** Whether what the job computed has been read. */
  readonly done: boolean;
  /** An error of the API reading the record or what it computed. */
  readonly error: unknown;
  readonly remove: (id: string) => Promise<unknown>;
  /** The record's status as a badge; when not given, the plain one (`badge-threat-ready` …). */
  readonly badge?: ((record: R) => ReactNode) | undefined;
  /** The header's lines under the meta line (the record's settings …). */
  readonly details: (record: R) => ReactNode;
  /** What it computed, shown once it is ready. */
  readonly children: (view: JobRecordView<R>) => ReactNode;
}

/**
 * The page of a record of a site that a background job computes (a threat analysis, a protection plan, a
 * crowd simulation): the way back to its site, its name, owner, status and access, its deletion after a
 * confirmation, its job's progress or failure, what it computed, and its sharing. Deleting and sharing
 * are for editors of the owner organisation only, whatever a share grants (ADR 0018).
 */
export function JobRecordFrame<R extends SiteJobRecord>(props: Props<R>) {
  const { ns, membership, record, done, error, remove, badge, details, children } = props;
  const { idPrefix, statusNs, wording, sharing } = KINDS[ns];
  const { t, formatDate } = useI18n();
  const { announce } = useStatus();
  const siteId = record?.siteId ?? '';
  const site = useResource(() => (siteId ? api.getSite(siteId) : Promise.resolve(null)), siteId);
  const orgs = useResource(() => api.listOrgs(), 'orgs');
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const siteName = site.data?.name ?? t(`${wording}.theSite`);
  const back = (
    <p>
      {site.data ? (
        <Link to={pathOf({ name: 'site', id: site.data.id })}>← {site.data.name}</Link>
      ) : (
        <Link to={pathOf({ name: 'sites' })}>← {t('site.back')}</Link>
      )}
    </p>
  );
  if (!record) return <LoadingOrError back={back} error={error} />;
  const r = record;
  const mayDelete = can(membership, 'record.delete', r.access);
  const status = badge ? (
    badge(r)
  ) : (
    <span className={`badge badge-${ns}-${r.status}`}>{t(`${statusNs}.${r.status}`)}</span>
  );

  return (
    <article className="page" aria-labelledby={`${idPrefix}-title`} data-status={r.status}>
      {back}
      <header className="page-header">
        <div>
          <p className="eyebrow sensitive">
            {t(`${ns}.sensitive`, {
              org: orgs.data?.find((o) => o.id === r.ownerOrgId)?.name ?? membership.orgName,
            })}
          </p>
          <h1 id={`${idPrefix}-title`}>{r.name}</h1>
          <p className="meta">
            {t(`${wording}.meta`, { site: siteName, date: formatDate(r.createdAt, 'date-time') })} · {status}{' '}
            · {t(`access.${r.access}`)}
          </p>
          {details(r)}
        </div>
        {mayDelete && !confirming && (
          <div className="toolbar">
            <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
              {t(`${ns}.delete`)}
            </button>
          </div>
        )}
      </header>
      <ErrorMessage error={action.error ?? (done ? null : error)} />
      {confirming && (
        <ConfirmDelete
          question={t(`${ns}.confirmDelete`, { name: r.name })}
          confirmLabel={t(`${wording}.confirmDeleteYes`, { name: r.name })}
          busy={action.busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            void action.run(async () => {
              await remove(r.id);
              navigate(pathOf({ name: 'site', id: r.siteId }));
              announce(t(`${ns}.deleted`, { name: r.name }));
            })
          }
        />
      )}
      <JobRecordProgress ns={ns} idPrefix={idPrefix} statusNs={statusNs} record={r} />
      {r.status === 'ready' && !done && !error && <p className="loading">{t(`${wording}.loadingResult`)}</p>}
      {children({ record: r, site: site.data ?? null, siteName })}
      {can(membership, 'record.share', r.access) && <SharingPanel kind={sharing} recordId={r.id} ownerOrgId={r.ownerOrgId} />}
    </article>
  );
}
