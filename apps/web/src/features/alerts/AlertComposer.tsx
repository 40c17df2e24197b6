import type { Alert, AlertInfo, MyMembership } from '@pactesur/contracts';
import { useCallback, useId, useMemo, useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { useSession } from '../../session/useSession.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { isNewer, type RecordNews } from '../../ui/recordNews.ts';
import { useLiveChanges } from '../../ui/useLiveChanges.ts';
import { AlertHistory } from './AlertHistory.tsx';
import { AlertMap } from './AlertMap.tsx';
import { AlertPublicView } from './AlertPublicView.tsx';
import { AlertReferences } from './AlertReferences.tsx';
import { AlertStateChip, AlertStatusChip } from './AlertStateChip.tsx';
import { AlertWorkflow } from './AlertWorkflow.tsx';
import { AreaPicker } from './AreaPicker.tsx';
import { CapXmlView } from './CapXmlView.tsx';
import { DraftStatus } from './DraftStatus.tsx';
import { ExerciseBanner } from './ExerciseBanner.tsx';
import { findingLanguage } from './findingText.ts';
import { FindingsList } from './FindingsList.tsx';
import { InfoFields } from './InfoFields.tsx';
import { LanguageTabs } from './LanguageTabs.tsx';
import { MessageFields } from './MessageFields.tsx';
import { PageCounter } from './PageCounter.tsx';
import { SameFactsPanel } from './SameFactsPanel.tsx';
import { copyFacts, differingFacts, withAreas } from './sameFacts.ts';
import { useAlertDraft } from './useAlertDraft.ts';
import { usePreview } from './usePreview.ts';
import { workflowOffer } from './workflow.ts';

/**
 * News that names no version: a change made beside the alert's own saves (an earlier message superseded, a
 * partner's acknowledgement), which the page shows at once. The alert's own saves and steps name theirs.
 */
const isAside = (news: RecordNews) => news.revision === null && news.at === null;

/**
 * An alert on its page. A draft is the composer: the message's audience, the area for every language, one
 * tab per language, the facts that must agree, checked as the officer types (the findings, the pages of
 * cell broadcast, what the public sees, the CAP XML), saved as they go. Any other state shows the same
 * read-only. Around it: the steps of its life, its history, and news of changes made elsewhere.
 */
export function AlertComposer({ initial, membership }: { initial: Alert; membership: MyMembership }) {
  const id = useId();
  const { t, formatDate } = useI18n();
  const { announce } = useStatus();
  const { session } = useSession();
  const reader = { role: membership.role, orgId: membership.orgId, userId: session?.user.id ?? '' };
  const draft = useAlertDraft(initial);
  const a = draft.alert;
  const offer = workflowOffer(a, reader);
  const editable = offer.edit;
  const content = editable ? draft.content : a.content;
  const check = usePreview(content, editable);
  const shown = editable && check.preview ? check.preview : a;
  const [tab, setTab] = useState(0);
  const [news, setNews] = useState<'changed' | 'deleted' | null>(null);
  const reloading = useAction();
  const namesOrgs = content.scope === 'Restricted' || content.status === 'Exercise';
  const orgs = useResource(() => (namesOrgs ? api.listOrgs() : Promise.resolve([])), String(namesOrgs));
  const languages = content.infos.map((i) => i.language);
  const selected = Math.min(tab, content.infos.length - 1);
  const info = content.infos[selected] as AlertInfo;
  const first = content.infos[0] as AlertInfo;
  const differing = useMemo(() => new Set<string>(differingFacts(content.infos)), [content.infos]);
  const withErrors = new Set(
    shown.findings.flatMap((f) => (f.level === 'error' ? (findingLanguage(f.path, languages) ?? []) : [])),
  );

  const { reset, settled, known, hasUnsaved } = draft;
  const reload = useCallback(
    () =>
      reloading.run(async () => {
        reset(await api.getAlert(initial.id));
        setNews(null);
      }),
    [reloading, reset, initial.id],
  );
  useLiveChanges(
    `record:alert:${initial.id}`,
    useCallback(
      (n: RecordNews) => {
        if (n.change === 'deleted') return setNews('deleted');
        // Once the page's own saves are answered, news of a later version is someone else's change.
        void settled().then(() => {
          if (!isNewer(n, known()) && !isAside(n)) return;
          if (hasUnsaved()) setNews('changed');
          else void reload().then(() => announce(t('alertLive.reloaded')));
        });
      },
      [settled, known, hasUnsaved, reload, announce, t],
    ),
    // Changed by someone else between this page's load and its following the channel: no news will say so.
    useCallback(() => {
      void settled().then(async () => {
        const now = await api.getAlert(initial.id).catch(() => null);
        if (!now || !isNewer({ change: 'updated', revision: now.revision, at: now.updatedAt }, known())) return;
        if (hasUnsaved()) setNews('changed');
        else reset(now);
      });
    }, [settled, known, hasUnsaved, reset, initial.id]),
  );

  const edit: typeof draft.edit = (change) => {
    if (editable) draft.edit(change);
  };
  const editInfo = (index: number) => (change: (i: AlertInfo) => AlertInfo) =>
    edit((c) => ({ ...c, infos: c.infos.map((x, j) => (j === index ? change(x) : x)) }));
  // The streets of the alert's site under its area, on the read-only page (the composer's map has its own).
  const siteLayers = useResource(
    () => (!editable && content.siteId ? api.siteLayers(content.siteId).catch(() => null) : Promise.resolve(null)),
    `${String(editable)}:${content.siteId ?? ''}`,
  );
  const publicMap = !editable && (
    <div className="alert-map alert-map-small">
      <AlertMap label={t('area.mapLabel')} areas={info.areas} layers={siteLayers.data ?? null} testId="public-map" />
    </div>
  );

  return (
    <article
      className="page alert-page"
      aria-labelledby="alert-title"
      data-testid="alert"
      data-state={a.state}
      data-msg-type={a.msgType}
      data-status={a.status}
    >
      <p>
        <Link to={pathOf({ name: 'alerts' })}>← {t('alert.back')}</Link>
      </p>
      {a.status === 'Exercise' && <ExerciseBanner />}
      <header className="page-header">
        <div>
          <p className="eyebrow">
            {t(`capMsgType.${a.msgType}`)} · {t(`capScope.${a.scope}`)} · {a.ownerOrgName}
          </p>
          {/* The first language names the alert, whichever tab is open: the name stays put as one reads on. */}
          <h1 id="alert-title">{first.headline || first.event || t('alerts.noHeadline')}</h1>
          <p className="alert-chips">
            <AlertStateChip state={a.state} /> <AlertStatusChip status={a.status} />
          </p>
          <p className="meta">
            {t('alert.meta', { author: a.authorName, date: formatDate(a.updatedAt, 'date-time') })}
            {a.approverName && <> · {t('alert.approvedBy', { name: a.approverName })}</>}
            {a.sent && <> · {t('alert.sentAt', { date: formatDate(a.sent, 'date-time') })}</>}
          </p>
        </div>
      </header>
      {a.references.length > 0 && <AlertReferences references={a.references} />}
      {editable && <DraftStatus state={draft.state} onRetry={() => void draft.flush()} onReload={() => void reload()} />}
      {!editable && (
        <p className="notice">
          {a.state === 'draft' ? t('alert.readOnlyRole') : t('alert.readOnly', { state: t(`alertState.${a.state}`) })}
        </p>
      )}
      {news && (
        <div className="notice" role="alert" data-testid="live-news">
          <p>{t(news === 'deleted' ? 'alertLive.deleted' : 'alertLive.changed')}</p>
          {news === 'changed' && (
            <button type="button" onClick={() => void reload()} disabled={reloading.busy}>
              {t('alertSave.reload')}
            </button>
          )}
        </div>
      )}
      <ErrorMessage error={reloading.error} />
      <AlertWorkflow alert={a} offer={offer} run={draft.run} />
      <div className="alert-layout">
        <div className="alert-main">
          <MessageFields content={content} orgs={orgs.data ?? []} readOnly={!editable} onChange={edit} />
          {editable && (
            <AreaPicker
              areas={info.areas}
              siteId={content.siteId}
              readOnly={false}
              onApply={(areas, siteId) => {
                edit((c) => ({ ...c, siteId: siteId ?? c.siteId, infos: withAreas(c.infos, areas) }));
                announce(t('area.applied'));
              }}
            />
          )}
          <section className="card" aria-labelledby={`${id}-texts`}>
            <h2 id={`${id}-texts`} className="visually-hidden">
              {t('alert.languagesTabs')}
            </h2>
            <LanguageTabs id={id} languages={languages} selected={selected} onSelect={setTab} withErrors={withErrors}>
              <h3>{t('alert.info', { language: info.language })}</h3>
              <InfoFields
                key={selected}
                info={info}
                readOnly={!editable}
                differing={differing}
                onChange={editInfo(selected)}
              />
            </LanguageTabs>
          </section>
          {content.infos.length > 1 && (
            <SameFactsPanel
              infos={content.infos}
              readOnly={!editable}
              onCopy={(from) => edit((c) => ({ ...c, infos: copyFacts(c.infos, from) }))}
            />
          )}
        </div>
        <aside className="alert-aside">
          <FindingsList findings={shown.findings} languages={languages} checking={check.checking} error={check.error} />
          <PageCounter pages={shown.pages} />
          <AlertPublicView info={info} status={content.status} map={publicMap} />
          <CapXmlView xml={shown.xml} />
        </aside>
      </div>
      <AlertHistory history={a.history} acks={a.acks} />
    </article>
  );
}
