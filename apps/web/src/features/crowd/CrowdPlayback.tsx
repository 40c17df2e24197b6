import type { MapLayersJson } from '@pactesur/api-client';
import type { CrowdExit, CrowdFrames, Site } from '@pactesur/contracts';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { SiteMap } from '../sites/SiteMap.tsx';
import { SiteMapLegend } from '../sites/SiteMapLegend.tsx';
import { OUTLINE_COLOURS, outlineBounds, type Bounds } from '../sites/map/outlines.ts';
import { useCrowdFormat } from './CrowdFormat.ts';
import { DENSITY_COLOURS, DENSITY_THRESHOLDS, densityGrid } from './map/crowdDensity.ts';
import { decodeFrames, frameAt } from './map/crowdFrames.ts';
import {
  CROWD_COLOURS,
  CROWD_PEOPLE_LAYER,
  densityOverlay,
  exitsOverlay,
  peopleOverlay,
} from './map/crowdOverlay.ts';

export const PLAYBACK_SPEEDS = [1, 5, 20] as const;
type Speed = (typeof PLAYBACK_SPEEDS)[number];

interface Props {
  readonly name: string;
  readonly site: Site | null;
  readonly layers: MapLayersJson | null;
  readonly exits: readonly CrowdExit[];
  readonly frames: CrowdFrames;
  /** When the run ended (s) and how many were still inside then: after the last frame, the place is empty or not. */
  readonly endS: number;
  readonly insideAtEnd: number;
  /** The playback time (s), kept by the page so that the evacuation curve shows it too. */
  readonly time: number;
  readonly onTime: (t: number) => void;
}

/** West, south, east, north around the exits (when the site itself cannot be read). */
const exitBounds = (exits: readonly CrowdExit[]): Bounds | null => {
  const points = exits.flatMap((e) => e.line);
  if (points.length === 0) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
};

/** The density classes of the heat map, for its legend. */
function DensityLegend() {
  const { t } = useI18n();
  const f = useCrowdFormat();
  const [a, b, c] = DENSITY_THRESHOLDS;
  const items = [
    { colour: DENSITY_COLOURS[1], text: t('crowdLegend.between', { from: f.decimal(a), to: f.density(b) }) },
    { colour: DENSITY_COLOURS[2], text: t('crowdLegend.between', { from: f.decimal(b), to: f.density(c) }) },
    { colour: DENSITY_COLOURS[3], text: t('crowdLegend.above', { value: f.density(c) }) },
  ];
  return (
    <div className="legend" data-testid="crowd-density-legend">
      <h3 className="legend-title">{t('crowdLegend.densityTitle')}</h3>
      <ul>
        {items.map((i) => (
          <li key={i.colour}>
            <span className="swatch swatch-area" style={{ background: i.colour }} aria-hidden="true" />
            {i.text}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: CROWD_COLOURS.people }} aria-hidden="true" />
          {t('crowdLegend.person')}
        </li>
        <li>
          <span
            className="swatch swatch-line"
            style={{ background: CROWD_COLOURS.exit }}
            aria-hidden="true"
          />
          {t('crowdLegend.exit')}
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
      <p className="hint crowd-legend-note">{t('crowdLegend.cellNote')}</p>
    </div>
  );
}

/**
 * Playback of a simulation on the site map: the people still inside as small points over a density heat
 * map computed from each frame (2 m cells, classes from 2, 4 and 5 persons/m²), with play/pause, a time
 * slider and the speed (×1, ×5, ×20). The map reports the drawn people as `data-rendered-marks`.
 */
export function CrowdPlayback({ name, site, layers, exits, frames, endS, insideAtEnd, time, onTime }: Props) {
  const id = useId();
  const { t, formatCount } = useI18n();
  const f = useCrowdFormat();
  const decoded = useMemo(() => decodeFrames(frames), [frames]);
  // The slider's end on its own step, so that the keyboard's End reaches it.
  const end = Math.ceil(Math.max(decoded.at(-1)?.t ?? 0, endS) / frames.everyS - 1e-9) * frames.everyS;
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(5);
  const outlines = useMemo(() => (site ? [site] : []), [site]);
  const fit = useMemo(() => (site ? outlineBounds([site]) : exitBounds(exits)), [site, exits]);
  const origin = useMemo<[number, number]>(() => {
    const b = fit ?? [0, 0, 0, 0];
    return [b[0], b[1]];
  }, [fit]);

  // Past the end of the run with everyone out, nobody is left to draw.
  const emptied = time >= endS && insideAtEnd === 0;
  const index = emptied ? -1 : frameAt(decoded, time);
  const frame = index >= 0 ? decoded[index] : undefined;
  const grid = useMemo(
    () => (frame ? densityGrid(frame.positions, origin) : { cells: [], peak: 0 }),
    [frame, origin],
  );
  const exitsLayer = useMemo(() => exitsOverlay(exits), [exits]);
  const overlays = useMemo(
    () => [peopleOverlay(frame?.positions ?? null), densityOverlay(grid.cells), exitsLayer],
    [grid, frame, exitsLayer],
  );
  const inside = frame ? frame.positions.length / 2 : 0;

  // The clock: simulated time advances `speed` seconds per second while playing, and stops at the end.
  const timeRef = useRef(time);
  timeRef.current = time;
  const onTimeRef = useRef(onTime);
  onTimeRef.current = onTime;
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let handle = 0;
    const tick = (now: number) => {
      const next = Math.min(end, timeRef.current + ((now - last) / 1000) * speed);
      last = now;
      onTimeRef.current(next);
      if (next >= end) {
        setPlaying(false);
        return;
      }
      handle = requestAnimationFrame(tick);
    };
    handle = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(handle);
  }, [playing, speed, end]);

  const toggle = () => {
    if (!playing && time >= end) onTime(0);
    setPlaying(!playing);
  };
  const valueText = t('crowdPlayback.valueText', { time: f.time(time), people: formatCount(inside) });

  return (
    <div
      className="crowd-playback"
      data-testid="crowd-playback"
      data-frame={index}
      data-time={Math.round(time * 10) / 10}
    >
      <div className="map-layout">
        <SiteMap
          label={t('crowdPlayback.mapLabel', { name })}
          layers={layers}
          outlines={outlines}
          selectedId={site?.id ?? null}
          fit={fit}
          overlays={overlays}
          countLayer={CROWD_PEOPLE_LAYER}
          testId="crowd-map"
        />
        <div className="crowd-legends">
          <DensityLegend />
          <details className="crowd-legend-base">
            <summary>{t('crowdLegend.siteTitle')}</summary>
            <SiteMapLegend
              emphasised
              base={layers !== null}
              outline={site !== null}
              title="crowdLegend.siteTitle"
            />
          </details>
        </div>
      </div>
      <div className="crowd-controls" role="group" aria-label={t('crowdPlayback.controls')}>
        <button
          type="button"
          className="button-primary crowd-play"
          onClick={toggle}
          disabled={decoded.length < 2}
          aria-label={playing ? t('crowdPlayback.pause') : t('crowdPlayback.play')}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
          {playing ? t('crowdPlayback.pause') : t('crowdPlayback.play')}
        </button>
        <div className="crowd-slider">
          <label htmlFor={`${id}-time`}>{t('crowdPlayback.time')}</label>
          <input
            id={`${id}-time`}
            type="range"
            min={0}
            max={end}
            step={frames.everyS}
            value={Math.min(time, end)}
            aria-valuetext={valueText}
            onChange={(e) => {
              setPlaying(false);
              onTime(Number(e.target.value));
            }}
          />
          <output htmlFor={`${id}-time`} className="crowd-clock" data-testid="crowd-clock">
            {f.time(time)} / {f.time(end)}
          </output>
        </div>
        <fieldset className="crowd-speed">
          <legend>{t('crowdPlayback.speed')}</legend>
          {PLAYBACK_SPEEDS.map((s) => (
            <label key={s} className={`crowd-speed-option${s === speed ? ' crowd-speed-on' : ''}`}>
              <input
                type="radio"
                name={`${id}-speed`}
                value={s}
                checked={s === speed}
                onChange={() => setSpeed(s)}
              />
              {t('crowdPlayback.times', { n: s })}
            </label>
          ))}
        </fieldset>
      </div>
      <dl className="crowd-now" aria-live="off">
        <div>
          <dt>{t('crowdPlayback.inside')}</dt>
          <dd data-testid="crowd-inside">{formatCount(inside)}</dd>
        </div>
        <div>
          <dt>{t('crowdPlayback.framePeak')}</dt>
          <dd data-testid="crowd-frame-peak">{f.density(grid.peak)}</dd>
        </div>
        <div>
          <dt>{t('crowdPlayback.denseCells')}</dt>
          <dd>{formatCount(grid.cells.length)}</dd>
        </div>
      </dl>
    </div>
  );
}
