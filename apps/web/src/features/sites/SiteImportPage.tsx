import type { MyMembership } from '@pactesur/contracts';
import { useEffect, useRef } from 'react';
import { can } from '../../access/can.ts';
import { useI18n, type Translate } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { Link } from '../../ui/Link.tsx';
import { useStatus } from '../../ui/useStatus.tsx';
import { ExtractUploadForm } from './ExtractUploadForm.tsx';
import { ImportResult } from './ImportResult.tsx';
import { ImportStatus } from './ImportStatus.tsx';
import { useExtractImport, type ImportState } from './useExtractImport.ts';

/** What to announce when an import reaches a phase. */
function announcement(state: ImportState, t: Translate): string | null {
  switch (state.phase) {
    case 'importing':
      return t('import.uploaded', { file: state.extract.filename });
    case 'ready':
      return t('import.done', { file: state.extract.filename, count: state.extract.candidates.length });
    case 'failed':
      return t('import.failed', { file: state.filename });
    case 'idle':
    case 'uploading':
      return null;
  }
}

function SiteImport({ membership }: { membership: MyMembership }) {
  const { t } = useI18n();
  const { announce } = useStatus();
  const { state, start, reset } = useExtractImport();
  const announced = useRef<string>('idle');
  const canWrite = can(membership, 'site.register');
  const working = state.phase === 'uploading' || state.phase === 'importing';

  useEffect(() => {
    if (announced.current === state.phase) return;
    announced.current = state.phase;
    const message = announcement(state, t);
    if (message) announce(message);
  }, [state, t, announce]);

  return (
    <article className="page" aria-labelledby="import-title">
      <p>
        <Link to={pathOf({ name: 'sites' })}>← {t('import.back')}</Link>
      </p>
      <header className="page-header">
        <div>
          <h1 id="import-title">{t('import.title')}</h1>
          <p className="meta">{t('import.intro')}</p>
        </div>
        {(state.phase === 'ready' || state.phase === 'failed') && (
          <button type="button" onClick={reset}>
            {t('import.again')}
          </button>
        )}
      </header>
      {!canWrite && <p className="notice">{t('import.editorsOnly')}</p>}
      {canWrite && (state.phase === 'idle' || working || state.phase === 'failed') && (
        <section className="card" aria-busy={working}>
          <ExtractUploadForm busy={working} onSubmit={(f, d) => void start(f, d)} />
          <ImportStatus state={state} />
        </section>
      )}
      {state.phase === 'ready' && state.extract.summary && (
        <ImportResult extract={state.extract} summary={state.extract.summary} />
      )}
    </article>
  );
}

/** Upload an OpenStreetMap extract, follow its import, and register one of the suggested public spaces. */
export function SiteImportPage() {
  return <RequireOrg>{(m) => <SiteImport key={m.orgId} membership={m} />}</RequireOrg>;
}
