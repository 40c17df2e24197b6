import type { MapLayersJson } from '@pactesur/api-client';
import type { Extract, ExtractSummary } from '@pactesur/contracts';
import { useMemo, useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { CandidateList } from './CandidateList.tsx';
import { ExtractSummaryList } from './ExtractSummaryList.tsx';
import { SiteForm } from './SiteForm.tsx';
import { SiteMap } from './SiteMap.tsx';
import { SiteMapLegend } from './SiteMapLegend.tsx';
import { outlineBounds, type Outline } from './map/outlines.ts';

/**
 * A finished import: what the extract contains, its suggestions in a list and on the map drawn from the
 * extract's own layers, and the form that registers the chosen suggestion as a site.
 */
export function ImportResult({ extract, summary }: { extract: Extract; summary: ExtractSummary }) {
  const { t, formatArea } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const layers = useResource<MapLayersJson>(() => api.extractLayers(extract.id), extract.id);
  const [selected, setSelected] = useState<number | null>(null);
  const outlines = useMemo<Outline[]>(
    () => extract.candidates.map((c, i) => ({ id: String(i), name: c.name, outline: c.outline })),
    [extract],
  );
  const chosen = selected === null ? null : (extract.candidates[selected] ?? null);
  const fit = useMemo(() => {
    const only = selected === null ? null : outlines[selected];
    return outlineBounds(only ? [only] : outlines) ?? summary.bounds;
  }, [outlines, selected, summary.bounds]);

  const select = (index: number) => {
    const c = extract.candidates[index];
    if (!c) return;
    setSelected(index);
    announce(t('import.selected', { name: c.name, area: formatArea(c.walkableAreaM2) }));
  };

  return (
    <>
      <section className="card" aria-labelledby="summary-title">
        <h2 id="summary-title">{t('import.summary')}</h2>
        <ExtractSummaryList extract={extract} summary={summary} />
      </section>
      <section aria-labelledby="suggestions-title">
        <h2 id="suggestions-title">{t('import.suggestions')}</h2>
        <p className="hint">{t('import.suggestionsHint')}</p>
        <ErrorMessage error={layers.error} />
        <div className="map-layout map-layout-wide">
          <CandidateList candidates={extract.candidates} selected={selected} onSelect={select} />
          <SiteMap
            label={t('import.mapLabel', { file: extract.filename })}
            layers={layers.data ?? null}
            outlines={outlines}
            selectedId={selected === null ? null : String(selected)}
            fit={fit}
            onSelect={(id) => select(Number(id))}
            testId="import-map"
          />
          <SiteMapLegend selected />
        </div>
      </section>
      {chosen && selected !== null && (
        <section className="card" aria-labelledby="register-title">
          <h2 id="register-title">{t('import.registerTitle', { name: chosen.name })}</h2>
          <p className="meta">
            {t(`siteCategory.${chosen.category}`)} · {formatArea(chosen.walkableAreaM2)}
          </p>
          <ErrorMessage error={action.error} />
          <SiteForm
            key={selected}
            initial={{
              name: chosen.name,
              category: chosen.category,
              typicalOccupancy: null,
              eventOccupancy: null,
              notes: '',
            }}
            busy={action.busy}
            submitLabel="import.register"
            onSubmit={(details) =>
              void action.run(async () => {
                const site = await api.createSite({ extractId: extract.id, candidate: selected, ...details });
                navigate(pathOf({ name: 'site', id: site.id }));
                announce(t('import.registered', { name: site.name }));
              })
            }
          />
        </section>
      )}
    </>
  );
}
