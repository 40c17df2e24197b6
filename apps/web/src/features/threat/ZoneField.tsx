import type { MapLayersJson } from '@pactesur/api-client';
import type { LngLat, Site } from '@pactesur/contracts';
import { useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { SiteMap } from '../sites/SiteMap.tsx';
import { outlineBounds } from '../sites/map/outlines.ts';
import {
  cornersOf,
  draftOverlay,
  draftPolygon,
  parseZoneText,
  roundLngLat,
  zoneText,
  type ZoneProblem,
} from './map/zoneDraft.ts';

export type ZoneMode = 'outline' | 'draw';

const NO_OUTLINES: readonly never[] = [];

interface Props {
  readonly site: Site;
  readonly layers: MapLayersJson | null;
  readonly mode: ZoneMode;
  readonly corners: readonly LngLat[];
  readonly onMode: (mode: ZoneMode) => void;
  readonly onCorners: (corners: readonly LngLat[]) => void;
}

/**
 * The protected zone of a new analysis: the site outline, or a polygon drawn by clicking its corners on the
 * site map (undo the last corner, clear) — or, without a mouse, typed or pasted as GeoJSON in a text field
 * that drawing also fills.
 */
export function ZoneField({ site, layers, mode, corners, onMode, onCorners }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [textProblem, setTextProblem] = useState<ZoneProblem | null>(null);
  const outlines = useMemo(() => [site], [site]);
  const fit = useMemo(() => outlineBounds(outlines), [outlines]);
  const drawing = mode === 'draw';
  const overlays = useMemo(() => [draftOverlay(drawing ? corners : [])], [drawing, corners]);
  const draft = draftPolygon(corners);

  // Clicks can come faster than renders: each one builds on the corners of the one before.
  const latest = useRef(corners);
  latest.current = corners;
  const setCorners = (next: readonly LngLat[]) => {
    latest.current = next;
    onCorners(next);
    const polygon = draftPolygon(next);
    setText(polygon.ok ? zoneText(polygon.polygon) : '');
    setTextProblem(null);
  };
  const typed = (value: string) => {
    setText(value);
    if (value.trim() === '') {
      onCorners([]);
      setTextProblem(null);
      return;
    }
    const parsed = parseZoneText(value);
    if (parsed.ok) onCorners(cornersOf(parsed.polygon.coordinates[0] ?? []));
    setTextProblem(parsed.ok ? null : parsed.problem);
  };
  const drawProblem: ZoneProblem | null = corners.length === 0 || draft.ok ? null : draft.problem;

  return (
    <fieldset className="zone-field">
      <legend>{t('threatForm.zone')}</legend>
      <div className="choice-row" role="radiogroup" aria-label={t('threatForm.zone')}>
        {(['outline', 'draw'] as const).map((m) => (
          <label key={m} className="choice">
            <input
              type="radio"
              name={`${id}-mode`}
              value={m}
              checked={mode === m}
              onChange={() => onMode(m)}
            />
            {t(m === 'outline' ? 'threatForm.zoneOutline' : 'threatForm.zoneDraw')}
          </label>
        ))}
      </div>
      <p className="hint" id={`${id}-map-hint`}>
        {drawing ? t('threatForm.drawHint') : t('threatForm.outlineHint', { name: site.name })}
      </p>
      <div className="zone-map">
        <SiteMap
          label={t('threatForm.mapLabel', { name: site.name })}
          layers={layers}
          outlines={drawing ? NO_OUTLINES : outlines}
          selectedId={site.id}
          fit={fit}
          overlays={overlays}
          onPoint={drawing ? (p) => setCorners([...latest.current, roundLngLat(p)]) : undefined}
          testId="zone-map"
        />
      </div>
      {drawing && (
        <div className="zone-tools">
          <div className="toolbar">
            <button
              type="button"
              disabled={corners.length === 0}
              onClick={() => setCorners(corners.slice(0, -1))}
            >
              {t('threatForm.undo')}
            </button>
            <button type="button" disabled={corners.length === 0} onClick={() => setCorners([])}>
              {t('threatForm.clear')}
            </button>
            <span className="meta" aria-live="polite" data-testid="zone-corners">
              {t('threatForm.corners', { count: corners.length })}
            </span>
          </div>
          {drawProblem && textProblem === null && (
            <p className="field-problem" role="status">
              {t(`zoneProblem.${drawProblem}`)}
            </p>
          )}
          <div className="field">
            <label htmlFor={`${id}-geojson`}>{t('threatForm.geojson')}</label>
            <textarea
              id={`${id}-geojson`}
              className="mono"
              rows={6}
              spellCheck={false}
              value={text}
              aria-describedby={`${id}-geojson-hint`}
              aria-invalid={textProblem !== null}
              onChange={(e) => typed(e.target.value)}
            />
            <small id={`${id}-geojson-hint`}>{t('threatForm.geojsonHint')}</small>
            {textProblem && (
              <p className="field-problem" role="status">
                {t(`zoneProblem.${textProblem}`)}
              </p>
            )}
          </div>
        </div>
      )}
    </fieldset>
  );
}
