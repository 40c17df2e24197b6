import type { AwarenessPage, SaveAwarenessInput } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { AwarenessEditor } from './AwarenessEditor.tsx';
import { AwarenessView } from './AwarenessView.tsx';
import { CityAlerts } from './CityAlerts.tsx';
import { CityPractices } from './CityPractices.tsx';
import './awareness.css';

function CityHeader({
  page,
  editing,
  onEdit,
}: {
  page: AwarenessPage;
  editing: boolean;
  onEdit: () => void;
}) {
  const { t, formatDate } = useI18n();
  return (
    <header className="page-header">
      <div>
        <p className="eyebrow">{t('awareness.eyebrow')}</p>
        <h1 id="city-title">{page.org.name}</h1>
        {page.updatedAt && (
          <p className="meta">{t('awareness.updated', { date: formatDate(page.updatedAt) })}</p>
        )}
        {!page.published && (
          <p className="notice" data-testid="awareness-unpublished">
            {t('awareness.unpublished', { org: page.org.name })}
          </p>
        )}
      </div>
      {page.canEdit && !editing && (
        <div className="toolbar">
          <button type="button" onClick={onEdit}>
            {t('awareness.edit')}
          </button>
        </div>
      )}
    </header>
  );
}

/**
 * A city's awareness page: its sections in the language the reader chooses, its public alerts in force, the
 * way to report a non-emergency problem of its public spaces and its public practices beside them; open to
 * everyone once published, to the city's members before. The city's editors edit and publish it here.
 */
export function CityPage({ slug }: { slug: string }) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const page = useResource(() => api.getAwarenessPage(slug), slug);
  const action = useAction();
  const [editing, setEditing] = useState(false);
  const back = (
    <p>
      <Link to={pathOf({ name: 'cities' })}>← {t('awareness.back')}</Link>
    </p>
  );
  if (page.error || !page.data) return <LoadingOrError back={back} error={page.error} />;
  const p = page.data;

  const save = (body: SaveAwarenessInput) =>
    void action.run(async () => {
      const saved = await api.saveAwarenessPage(slug, body);
      page.setData(() => saved);
      setEditing(false);
      announce(t('awareness.saved'));
    });

  return (
    <article className="page awareness-page" data-testid="awareness-page" aria-labelledby="city-title">
      {back}
      <CityHeader page={p} editing={editing} onEdit={() => setEditing(true)} />
      <div className="side-layout awareness-layout">
        <div className="awareness-main">
          {editing ? (
            <AwarenessEditor
              page={p}
              busy={action.busy}
              failure={<ErrorMessage error={action.error} />}
              onSave={save}
              onCancel={() => {
                action.clear();
                setEditing(false);
              }}
            />
          ) : (
            <AwarenessView page={p} />
          )}
        </div>
        <aside className="side-panels" aria-label={p.org.name}>
          <CityAlerts slug={slug} />
          <section className="card" data-testid="city-report" aria-labelledby="city-report-title">
            <h2 id="city-report-title">{t('awareness.reportTitle')}</h2>
            <p>{t('awareness.reportIntro')}</p>
            <p>
              <Link to={pathOf({ name: 'report', at: p.org.location ? p.org.location.map(String) : [] })}>
                {t('awareness.reportLink')}
              </Link>
            </p>
          </section>
          <CityPractices slug={slug} />
        </aside>
      </div>
    </article>
  );
}
