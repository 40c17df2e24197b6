import type { MapLayersJson } from '@pactesur/api-client';
import type { AlertArea } from '@pactesur/contracts';
import { useMemo } from 'react';
import type { MapOverlay } from '../../map/overlay.ts';
import { SiteMap } from '../sites/SiteMap.tsx';
import type { Bounds } from '../sites/map/outlines.ts';
import { AREA_FILL, areaOverlay } from './areaOverlay.ts';
import { areaBounds } from './capGeometry.ts';

const NO_OUTLINES: readonly never[] = [];
const NO_OVERLAYS: readonly MapOverlay[] = [];

interface Props {
  readonly label: string;
  readonly areas: readonly AlertArea[];
  /** The streets and buildings of the site the alert is about, when it has one. */
  readonly layers: MapLayersJson | null;
  /** What the view frames when there is no area yet (the site being chosen). */
  readonly fallbackFit?: Bounds | null;
  /** What is being drawn, above the area. */
  readonly drawing?: readonly MapOverlay[];
  readonly onPoint?: ((lngLat: [number, number]) => void) | undefined;
  readonly testId: string;
}

/**
 * An alert's area on our own map (the Europe basemap and the site's OpenStreetMap layers, never outside
 * tiles): its polygons and circles; the map reports how many it draws in `data-rendered-marks`.
 */
export function AlertMap({ label, areas, layers, fallbackFit = null, drawing = NO_OVERLAYS, onPoint, testId }: Props) {
  const overlays = useMemo(() => [areaOverlay(areas), ...drawing], [areas, drawing]);
  const fit = useMemo(() => areaBounds(areas) ?? fallbackFit, [areas, fallbackFit]);
  return (
    <SiteMap
      label={label}
      layers={layers}
      outlines={NO_OUTLINES}
      fit={fit}
      overlays={overlays}
      countLayer={AREA_FILL}
      onPoint={onPoint}
      testId={testId}
    />
  );
}
