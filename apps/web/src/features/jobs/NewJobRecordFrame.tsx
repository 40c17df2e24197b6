import type { MapLayersJson } from '@pactesur/api-client';
import type { MyMembership } from '@pactesur/contracts';
import type { ComponentType } from 'react';
import { can } from '../../access/can.ts';
import { api } from '../../api.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import type { JobFormProps } from './JobFormProps.ts';
import type { JobRecordNs } from './jobRecordNs.ts';

/** What the others are told. */
const STARTERS_ONLY: Readonly<Record<JobRecordNs, MessageKey>> = {
  threat: 'threat.analystsOnly',
  protection: 'protection.editorsOnly',
  crowd: 'crowd.analystsOnly',
};

/** The back link's words while the site loads (plans share the analyses'). */
const BACK_TO_SITE: Readonly<Record<JobRecordNs, MessageKey>> = {
  threat: 'threatForm.backToSite',
  protection: 'threatForm.backToSite',
  crowd: 'crowdForm.backToSite',
};

interface Props<B> {
  readonly ns: JobRecordNs;
  readonly siteId: string;
  /** The form of the record's settings. */
  readonly Form: ComponentType<JobFormProps<B>>;
  /** Starts the record's job; its page opens next. */
  readonly start: (siteId: string, body: B) => Promise<{ readonly id: string; readonly name: string }>;
  /** A refused start is shown under the form, beside the button that was pressed, rather than above it. */
  readonly errorBelow?: boolean;
}

function NewJobRecord<B>({
  ns,
  siteId,
  Form,
  start,
  errorBelow = false,
  membership,
}: Props<B> & { membership: MyMembership }) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const site = useResource(() => api.getSite(siteId), `${siteId}:${membership.orgId}`);
  const layers = useResource<MapLayersJson>(() => api.siteLayers(siteId), siteId);
  const action = useAction();
  const sitePath = pathOf({ name: 'site', id: siteId });
  const back = (
    <p>
      <Link to={sitePath}>← {site.data ? site.data.name : t(BACK_TO_SITE[ns])}</Link>
    </p>
  );
  if (site.error || !site.data) return <LoadingOrError back={back} error={site.error} />;
  const s = site.data;
  const mayStart = can(membership, `${ns}.start`, s.access);
  const error = <ErrorMessage error={action.error} />;

  return (
    <article className="page" aria-labelledby={`${ns}-new-title`}>
      {back}
      <header className="page-header">
        <div>
          <p className="eyebrow sensitive">{t(`${ns}.sensitive`, { org: membership.orgName })}</p>
          <h1 id={`${ns}-new-title`}>{t(`${ns}Form.title`, { name: s.name })}</h1>
          <p className="lead">{t(`${ns}Form.intro`)}</p>
        </div>
      </header>
      {!mayStart ? (
        <p className="notice">{t(STARTERS_ONLY[ns])}</p>
      ) : (
        <section className="card" aria-label={t(`${ns}Form.title`, { name: s.name })}>
          {!errorBelow && error}
          <Form
            site={s}
            layers={layers.data ?? null}
            busy={action.busy}
            onCancel={() => navigate(sitePath)}
            onSubmit={(body) =>
              void action.run(async () => {
                const started = await start(s.id, body);
                navigate(pathOf({ name: ns, id: started.id }));
                announce(t(`${ns}.started`, { name: started.name }));
              })
            }
          />
          {errorBelow && <div className="crowd-submit-error">{error}</div>}
        </section>
      )}
    </article>
  );
}

/**
 * The page starting a job-computed record of a site (a threat analysis, a protection plan, a crowd
 * simulation): the site's name and sensitivity, the record's form for those who may start one, then, once
 * started, the record's own page.
 */
export function NewJobRecordFrame<B>(props: Props<B>) {
  return <RequireOrg>{(m) => <NewJobRecord key={m.orgId} {...props} membership={m} />}</RequireOrg>;
}
