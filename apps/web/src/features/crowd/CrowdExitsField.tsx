import type { MapLayersJson } from '@pactesur/api-client';
import { MAX_EXIT_ID_LENGTH, type CrowdExit, type LngLat, type Site } from '@pactesur/contracts';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { SiteMap } from '../sites/SiteMap.tsx';
import { SiteMapLegend } from '../sites/SiteMapLegend.tsx';
import { OUTLINE_COLOURS, outlineBounds } from '../sites/map/outlines.ts';
import { useCrowdFormat } from './CrowdFormat.ts';
import {
  exitBetween,
  exitsText,
  exitWidthM,
  MIN_EXIT_WIDTH_M,
  nextExitId,
  parseExitsText,
  snapToOutline,
  type ExitsProblem,
} from './map/crowdExits.ts';
import { CROWD_COLOURS, CROWD_EXIT_LAYER, exitsOverlay } from './map/crowdOverlay.ts';

interface Props {
  readonly site: Site;
  readonly layers: MapLayersJson | null;
  readonly exits: readonly CrowdExit[];
  readonly onExits: (exits: readonly CrowdExit[]) => void;
  /** Id of an element describing a problem with the exits (shown by the form). */
  readonly describedBy?: string | undefined;
}

/**
 * The exits of a simulation: drawn on the site map by clicking the two ends of each on the edge of the
 * outline (each click snaps to the nearest point of the edge), named and removed in a list — or, without a
 * mouse, typed or pasted as GeoJSON LineStrings in a text field that drawing also fills.
 */
export function CrowdExitsField({ site, layers, exits, onExits, describedBy }: Props) {
  const id = useId();
  const { t } = useI18n();
  const f = useCrowdFormat();
  const [pending, setPending] = useState<LngLat | null>(null);
  const [text, setText] = useState(() => exitsText(exits));
  const [textProblem, setTextProblem] = useState<ExitsProblem | null>(null);
  const [clickProblem, setClickProblem] = useState(false);
  const outlines = useMemo(() => [site], [site]);
  const fit = useMemo(() => outlineBounds(outlines), [outlines]);
  const overlays = useMemo(() => [exitsOverlay(exits, pending)], [exits, pending]);
  const label = (n: number) => t('crowdForm.exitDefault', { n });

  const setExits = (next: readonly CrowdExit[]) => {
    onExits(next);
    setText(exitsText(next));
    setTextProblem(null);
  };
  const clicked = (point: [number, number]) => {
    if (pending === null) {
      const snapped = snapToOutline(point, site.outline);
      if (snapped) setPending(snapped.at);
      setClickProblem(false);
      return;
    }
    const line = exitBetween(pending, point, site.outline);
    setPending(null);
    if (!line) {
      setClickProblem(true);
      return;
    }
    setClickProblem(false);
    setExits([...exits, { id: nextExitId(exits, label), line }]);
  };
  const typed = (value: string) => {
    setText(value);
    setPending(null);
    if (value.trim() === '') {
      onExits([]);
      setTextProblem(null);
      return;
    }
    const parsed = parseExitsText(value, site.outline, label);
    if (parsed.ok) onExits(parsed.exits);
    setTextProblem(parsed.ok ? null : parsed.problem);
  };
  const rename = (index: number, name: string) =>
    setExits(exits.map((e, i) => (i === index ? { ...e, id: name.slice(0, MAX_EXIT_ID_LENGTH) } : e)));
  const remove = (index: number) => setExits(exits.filter((_, i) => i !== index));

  return (
    <fieldset className="crowd-exits" aria-describedby={describedBy}>
      <legend>{t('crowdForm.exits')}</legend>
      <p className="hint" id={`${id}-map-hint`}>
        {t('crowdForm.drawHint')}
      </p>
      <div className="map-layout">
        <SiteMap
          label={t('crowdForm.mapLabel', { name: site.name })}
          layers={layers}
          outlines={outlines}
          selectedId={site.id}
          fit={fit}
          overlays={overlays}
          onPoint={clicked}
          countLayer={CROWD_EXIT_LAYER}
          testId="crowd-exits-map"
        />
        <div className="crowd-legends">
          <div className="legend">
            <h3 className="legend-title">{t('crowdLegend.exitsTitle')}</h3>
            <ul>
              <li>
                <span
                  className="swatch swatch-line"
                  style={{ background: CROWD_COLOURS.exit }}
                  aria-hidden="true"
                />
                {t('crowdLegend.exit')}
              </li>
              <li>
                <span className="swatch" style={{ background: CROWD_COLOURS.pending }} aria-hidden="true" />
                {t('crowdLegend.pending')}
              </li>
              <li>
                <span
                  className="swatch swatch-area"
                  style={{ background: OUTLINE_COLOURS.selected }}
                  aria-hidden="true"
                />
                {t('mapLayer.outline')}
              </li>
            </ul>
          </div>
          <details className="crowd-legend-base">
            <summary>{t('crowdLegend.siteTitle')}</summary>
            <SiteMapLegend emphasised base={layers !== null} title="crowdLegend.siteTitle" />
          </details>
        </div>
      </div>
      <div className="toolbar crowd-draw-status">
        <span className="meta" aria-live="polite" data-testid="crowd-draw-state">
          {pending ? t('crowdForm.pendingPoint') : t('crowdForm.exitCount', { count: exits.length })}
        </span>
        {pending && (
          <button type="button" onClick={() => setPending(null)}>
            {t('crowdForm.cancelPoint')}
          </button>
        )}
      </div>
      {clickProblem && (
        <p className="field-problem" role="status">
          {t('crowdForm.samePoint')}
        </p>
      )}
      {exits.length > 0 && (
        <table className="table table-dense crowd-exit-list" data-testid="crowd-exit-list">
          <caption>{t('crowdForm.exitsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('crowdForm.exitName')}</th>
              <th scope="col" className="numeric">
                {t('crowdForm.exitWidth')}
              </th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {exits.map((e, i) => (
              <tr key={i}>
                <td>
                  <input
                    className="crowd-exit-name"
                    value={e.id}
                    maxLength={MAX_EXIT_ID_LENGTH}
                    required
                    aria-label={t('crowdForm.exitNameOf', { n: i + 1 })}
                    onChange={(ev) => rename(i, ev.target.value)}
                  />
                </td>
                <td className="numeric nowrap" data-testid="crowd-exit-width">
                  {f.metres(exitWidthM(e.line))}
                  {exitWidthM(e.line) < MIN_EXIT_WIDTH_M && (
                    <span className="crowd-narrow"> · {t('crowdForm.narrow')}</span>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="button-danger"
                    aria-label={t('crowdForm.removeExit', { name: e.id || String(i + 1) })}
                    onClick={() => remove(i)}
                  >
                    {t('crowdForm.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details className="crowd-geojson" open={textProblem !== null ? true : undefined}>
        <summary>{t('crowdForm.geojsonSummary')}</summary>
        <div className="field">
          <label htmlFor={`${id}-geojson`}>{t('crowdForm.geojson')}</label>
          <textarea
            id={`${id}-geojson`}
            className="mono"
            rows={7}
            spellCheck={false}
            value={text}
            aria-describedby={`${id}-geojson-hint`}
            aria-invalid={textProblem !== null}
            onChange={(e) => typed(e.target.value)}
          />
          <small id={`${id}-geojson-hint`}>{t('crowdForm.geojsonHint')}</small>
          {textProblem && (
            <p className="field-problem" role="status">
              {t(`exitsProblem.${textProblem}`)}
            </p>
          )}
        </div>
      </details>
    </fieldset>
  );
}
