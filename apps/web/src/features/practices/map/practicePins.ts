import type { Maturity, PracticeHit } from '@pactesur/contracts';
import type { FeatureCollection, Point } from 'geojson';
import { pointFeatures } from '../../../map/pointsLayer.ts';

export interface PinProperties {
  readonly practiceId: string;
  readonly maturity: Maturity;
  readonly colour: string;
}

/** The colour of a pin by the practice's maturity (the card says the maturity in words). */
export const MATURITY_COLOURS: Readonly<Record<Maturity, string>> = {
  inspiring: '#b45309',
  'peer-reviewed': '#0b4f8a',
  evaluated: '#1f7a4d',
};

/** The results that have a place, as GeoJSON points; the others are left out. */
export function practicePins(hits: readonly PracticeHit[]): FeatureCollection<Point, PinProperties> {
  return pointFeatures(
    hits,
    (hit) => hit.location,
    (hit) => ({ practiceId: hit.id, maturity: hit.maturity, colour: MATURITY_COLOURS[hit.maturity] }),
  );
}
