import type { AlertArea, LngLat, Site } from '@pactesur/contracts';
import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { useResource } from '../../ui/useResource.ts';
import { outlineBounds } from '../sites/map/outlines.ts';
import { draftOverlay, draftPolygon, roundLngLat } from '../threat/map/zoneDraft.ts';
import { AlertMap } from './AlertMap.tsx';
import { circleDraftOverlay } from './areaOverlay.ts';
import { MAX_CIRCLE_KM, capCircle, centreOf } from './capGeometry.ts';
import { MAX_AREA_FILE_BYTES, capPolygon, capPolygonsOfOutline, capPolygonsOfText, type AreaProblem } from './geojsonArea.ts';

export type AreaMode = 'site' | 'polygon' | 'circle' | 'file';
const MODES: readonly AreaMode[] = ['site', 'polygon', 'circle', 'file'];

type Problem = AreaProblem | 'self-intersecting' | 'radius';

interface Props {
  /** The area now (the same in every language). */
  readonly areas: readonly AlertArea[];
  readonly siteId: string | null;
  readonly readOnly: boolean;
  /** Gives every language these areas (and the site they came from, when they did). */
  readonly onApply: (areas: AlertArea[], siteId: string | null) => void;
}

const radiusOf = (text: string): number | null => {
  const value = Number(text.replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value > 0 && value <= MAX_CIRCLE_KM ? value : null;
};

/**
 * Where an alert applies, given once for every language: the outline of a site of the register, a polygon
 * or a circle drawn on the map (click the corners, or the centre then give the radius), or a GeoJSON file.
 * Refused shapes are said in a sentence; the map shows the area and what is being drawn.
 */
export function AreaPicker({ areas, siteId, readOnly, onApply }: Props) {
  const id = useId();
  const { t } = useI18n();
  const sites = useResource(() => api.listSites(), 'sites');
  const [mode, setMode] = useState<AreaMode>(siteId ? 'site' : 'polygon');
  const [chosenSite, setChosenSite] = useState(siteId ?? '');
  const [corners, setCorners] = useState<readonly LngLat[]>([]);
  const [centreText, setCentreText] = useState('');
  const centre = centreOf(centreText);
  const [radius, setRadius] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const site: Site | null = sites.data?.find((s) => s.id === chosenSite) ?? null;
  const layers = useResource(() => (chosenSite ? api.siteLayers(chosenSite) : Promise.resolve(null)), chosenSite);
  const fallbackFit = useMemo(() => (site ? outlineBounds([site]) : null), [site]);

  // Clicks can come faster than renders: each builds on the corners of the one before.
  const latest = useRef(corners);
  latest.current = corners;
  const polygon = draftPolygon(corners);
  const radiusKm = radiusOf(radius);
  const drawing = useMemo(
    () =>
      mode === 'polygon' ? [draftOverlay(corners)] : mode === 'circle' ? [circleDraftOverlay(centre, radiusKm)] : [],
    [mode, corners, centre, radiusKm],
  );
  const areaName = (fallback: string) => name.trim() || fallback;

  const applySite = (chosen: string) => {
    setChosenSite(chosen);
    setProblem(null);
    const s = sites.data?.find((x) => x.id === chosen);
    if (!s) return;
    const made = capPolygonsOfOutline(s.outline);
    if (!made.ok) return setProblem(made.problem);
    onApply([{ areaDesc: areaName(s.name), polygons: [...made.polygons], circles: [] }], s.id);
  };
  const applyPolygon = () => {
    if (!polygon.ok) return setProblem(polygon.problem === 'self-intersecting' ? 'self-intersecting' : 'too-few');
    const made = capPolygon(polygon.polygon.coordinates[0]);
    if (!made.ok) return setProblem(made.problem);
    setProblem(null);
    onApply([{ areaDesc: areaName(t('area.drawnName')), polygons: [made.polygon], circles: [] }], null);
  };
  const applyCircle = () => {
    if (!centre || radiusKm === null) return setProblem('radius');
    setProblem(null);
    onApply([{ areaDesc: areaName(t('area.drawnName')), polygons: [], circles: [capCircle({ centre, radiusKm })] }], null);
  };
  const applyFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_AREA_FILE_BYTES) return setProblem('too-large');
    const made = capPolygonsOfText(await file.text());
    if (!made.ok) return setProblem(made.problem);
    setProblem(null);
    onApply([{ areaDesc: areaName(file.name.replace(/\.(geo)?json$/i, '')), polygons: [...made.polygons], circles: [] }], null);
  };

  const onPoint =
    readOnly || (mode !== 'polygon' && mode !== 'circle')
      ? undefined
      : (p: [number, number]) => {
          if (mode === 'circle') {
            const [lon, lat] = roundLngLat(p);
            setCentreText(`${lat}, ${lon}`);
          }
          else setCorners([...latest.current, roundLngLat(p)]);
        };
  const shapes = areas.reduce((n, a) => n + a.polygons.length + a.circles.length, 0);

  return (
    <section className="card area-picker" aria-labelledby={`${id}-title`} data-testid="area-picker" data-shapes={shapes}>
      <h2 id={`${id}-title`}>{t('area.title')}</h2>
      <p className="hint">{t('area.intro')}</p>
      <p className="meta" data-testid="area-current">
        {shapes > 0 ? t('area.current', { count: shapes }) : t('area.none')}
      </p>
      {!readOnly && (
        <>
          <fieldset className="choice-row">
            <legend>{t('area.mode')}</legend>
            {MODES.map((m) => (
              <label key={m} className="choice">
                <input
                  type="radio"
                  name={`${id}-mode`}
                  value={m}
                  checked={mode === m}
                  onChange={() => {
                    setMode(m);
                    setProblem(null);
                  }}
                />
                {t(`area.mode.${m}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('area.description')}</label>
            <input id={`${id}-name`} maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          {mode === 'site' && (
            <div className="field">
              <label htmlFor={`${id}-site`}>{t('area.site')}</label>
              <select id={`${id}-site`} value={chosenSite} onChange={(e) => applySite(e.target.value)}>
                <option value="">{t('area.chooseSite')}</option>
                {(sites.data ?? []).map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {mode === 'polygon' && (
            <div className="toolbar">
              <span className="hint">{t('area.polygonHint')}</span>
              <button type="button" disabled={corners.length === 0} onClick={() => setCorners(corners.slice(0, -1))}>
                {t('area.undo')}
              </button>
              <button type="button" disabled={corners.length === 0} onClick={() => setCorners([])}>
                {t('area.clear')}
              </button>
              <span className="meta" aria-live="polite" data-testid="area-corners">
                {t('area.corners', { count: corners.length })}
              </span>
              <button type="button" className="button-primary" disabled={corners.length < 3} onClick={applyPolygon}>
                {t('area.apply')}
              </button>
            </div>
          )}
          {mode === 'circle' && (
            <div className="form-row">
              <p className="hint">{t('area.circleHint')}</p>
              <div className="field">
                <label htmlFor={`${id}-centre`}>{t('area.centre')}</label>
                <input
                  id={`${id}-centre`}
                  inputMode="decimal"
                  value={centreText}
                  aria-invalid={centreText.trim() !== '' && centre === null}
                  onChange={(e) => setCentreText(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-radius`}>{t('area.radius')}</label>
                <input
                  id={`${id}-radius`}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  max={MAX_CIRCLE_KM}
                  step="any"
                  value={radius}
                  onChange={(e) => setRadius(e.target.value)}
                />
              </div>
              <button type="button" className="button-primary" disabled={!centre} onClick={applyCircle}>
                {t('area.apply')}
              </button>
            </div>
          )}
          {mode === 'file' && (
            <div className="field">
              <label htmlFor={`${id}-file`}>{t('area.file')}</label>
              <input
                id={`${id}-file`}
                type="file"
                accept=".geojson,.json,application/geo+json,application/json"
                aria-describedby={`${id}-file-hint`}
                onChange={(e) => void applyFile(e)}
              />
              <small id={`${id}-file-hint`}>{t('area.fileHint')}</small>
            </div>
          )}
          {problem && (
            <p className="field-problem" role="alert" data-testid="area-problem" data-problem={problem}>
              {t(`areaProblem.${problem}`)}
            </p>
          )}
        </>
      )}
      <div className="alert-map">
        <AlertMap
          label={t('area.mapLabel')}
          areas={areas}
          layers={layers.data ?? null}
          fallbackFit={fallbackFit}
          drawing={drawing}
          onPoint={onPoint}
          testId="area-map"
        />
      </div>
    </section>
  );
}
