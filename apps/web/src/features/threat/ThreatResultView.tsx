import type { MapLayersJson } from '@pactesur/api-client';
import type { ThreatAnalysis, ThreatResult } from '@pactesur/contracts';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { useStatus } from '../../ui/useStatus.tsx';
import { ThreatClassPicker } from './ThreatClassPicker.tsx';
import { ThreatEntriesTable } from './ThreatEntriesTable.tsx';
import { ThreatExports } from './ThreatExports.tsx';
import { ThreatMap } from './ThreatMap.tsx';
import { ThreatSummaryTable } from './ThreatSummaryTable.tsx';
import { defaultClassId, entriesByDanger, entryBounds, zoneBounds } from './map/threatFeatures.ts';
import { variantName, vehicleClassName } from './vehicleClassName.ts';

interface Props {
  readonly analysis: ThreatAnalysis;
  readonly result: ThreatResult;
  readonly layers: MapLayersJson | null;
  readonly siteName: string;
}

/**
 * The result of an analysis for one vehicle class at a time (first the class bringing the most energy into
 * the zone): the map, the entries most dangerous first (choosing one highlights it and frames the map on it),
 * the per-class summary and the exports.
 */
export function ThreatResultView({ analysis, result, layers, siteName }: Props) {
  const { t, formatMeasure } = useI18n();
  const { announce } = useStatus();
  const [classId, setClassId] = useState(() => defaultClassId(result) ?? '');
  const [selected, setSelected] = useState<number | null>(null);
  const threat = result.classes.find((c) => c.class === classId) ?? result.classes[0] ?? null;
  const name = threat ? vehicleClassName(t, threat.class, threat.name) : '';
  const whole = useMemo(() => zoneBounds(analysis.zone), [analysis.zone]);
  const fit = (threat && selected !== null ? entryBounds(threat, selected) : null) ?? whole;

  const choose = (next: string) => {
    setClassId(next);
    setSelected(null);
  };
  const select = (index: number) => {
    const entry = threat?.entries[index];
    if (!entry) return;
    setSelected(index);
    const rank = entriesByDanger(threat).findIndex((r) => r.index === index) + 1;
    announce(t('threat.entryShown', { rank, speed: formatMeasure(entry.speedKmh, 'km/h', 'up') }));
  };

  return (
    <>
      <div className="threat-workspace">
        <section className="threat-map-column" aria-labelledby="threat-map-title">
          <div className="section-header">
            <h2 id="threat-map-title">{t('threat.mapTitle')}</h2>
            {selected !== null && (
              <button type="button" className="button-quiet" onClick={() => setSelected(null)}>
                {t('threat.showWholeZone')}
              </button>
            )}
          </div>
          <ThreatClassPicker classes={result.classes} value={threat?.class ?? ''} onChange={choose} />
          <ThreatMap
            label={t('threat.mapLabel', { class: name, name: siteName })}
            layers={layers}
            zone={analysis.zone}
            threat={threat}
            className={name}
            selected={selected}
            fit={fit}
          />
          <p className="hint">{t('threat.mapHint', { perimeter: formatMeasure(result.perimeterM, 'm') })}</p>
        </section>
        <section className="card threat-entries-column" aria-labelledby="threat-entries-title">
          <h2 id="threat-entries-title">{t('threat.entriesTitle', { class: name })}</h2>
          {threat && (
            <ThreatEntriesTable threat={threat} className={name} selected={selected} onSelect={select} />
          )}
        </section>
      </div>
      <section className="card" aria-labelledby="threat-summary-title">
        <h2 id="threat-summary-title">{t('threat.summaryTitle')}</h2>
        <ThreatSummaryTable classes={result.classes} current={threat?.class ?? ''} />
        {result.variants.length > 0 && (
          <p className="hint">{t('threat.variants', { variants: result.variants.map((v) => variantName(t, v)).join(' · ') })}</p>
        )}
      </section>
      {threat && <ThreatExports id={analysis.id} classId={threat.class} className={name} />}
    </>
  );
}
