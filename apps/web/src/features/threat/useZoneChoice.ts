import type { LngLat, Polygon } from '@pactesur/contracts';
import { useState } from 'react';
import type { ZoneMode } from './ZoneField.tsx';
import { draftPolygon } from './map/zoneDraft.ts';

/** The protected zone chosen in a form: the site outline, or a polygon being drawn. */
export interface ZoneChoice {
  readonly mode: ZoneMode;
  readonly corners: readonly LngLat[];
  readonly setMode: (mode: ZoneMode) => void;
  readonly setCorners: (corners: readonly LngLat[]) => void;
  /** The polygon drawn, when drawing and it is one; null for the site outline. */
  readonly zone: Polygon | null;
  /** Drawing, but the corners do not make a polygon yet. */
  readonly missing: boolean;
}

/** The state of a {@link ZoneChoiceField}: the site outline at first. */
export function useZoneChoice(): ZoneChoice {
  const [mode, setMode] = useState<ZoneMode>('outline');
  const [corners, setCorners] = useState<readonly LngLat[]>([]);
  const drawn = draftPolygon(corners);
  const drawing = mode === 'draw';
  return {
    mode,
    corners,
    setMode,
    setCorners,
    zone: drawing && drawn.ok ? drawn.polygon : null,
    missing: drawing && !drawn.ok,
  };
}
