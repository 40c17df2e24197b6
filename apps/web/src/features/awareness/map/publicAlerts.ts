import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';

/** A public alert in force, as a city's GeoJSON of them tells it: one entry per CAP message. */
export interface PublicAlert {
  readonly identifier: string;
  readonly headline: string;
  readonly event: string;
  readonly severity: string;
  /** When it expires (ISO), null when it does not say. */
  readonly expires: string | null;
  /** The descriptions of its areas, each once. */
  readonly areas: readonly string[];
}

/** What a city's public GeoJSON of alerts in force holds: the alerts, and their areas to draw. */
export interface PublicAlerts {
  readonly alerts: readonly PublicAlert[];
  readonly areas: FeatureCollection<Polygon, { readonly identifier: string }>;
}

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

const isPosition = (v: unknown): v is Position =>
  Array.isArray(v) && v.length >= 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
const isRing = (v: unknown): v is Position[] => Array.isArray(v) && v.length >= 4 && v.every(isPosition);

/** A polygon of the feed, checked: rings of at least four positions. */
function polygonOf(geometry: unknown): Polygon | null {
  if (!isRecord(geometry) || geometry.type !== 'Polygon') return null;
  const rings = geometry.coordinates;
  return Array.isArray(rings) && rings.length > 0 && rings.every(isRing)
    ? { type: 'Polygon', coordinates: rings }
    : null;
}

/**
 * The alerts of a city's public GeoJSON (`/api/alerts/public/<city>/alerts.geojson`, one feature per area
 * of each alert), read defensively: an alert once, in the order of the feed, with its areas; a feature
 * without an identifier is left out, and one without a drawable polygon only from the map.
 */
export function readPublicAlerts(json: unknown): PublicAlerts {
  const features = isRecord(json) && Array.isArray(json.features) ? json.features : [];
  const alerts = new Map<string, PublicAlert & { areas: string[] }>();
  const areas: Feature<Polygon, { readonly identifier: string }>[] = [];
  for (const feature of features) {
    const p = isRecord(feature) && isRecord(feature.properties) ? feature.properties : null;
    const identifier = text(p?.identifier);
    if (!p || identifier === '') continue;
    const alert = alerts.get(identifier) ?? {
      identifier,
      headline: text(p.headline),
      event: text(p.event),
      severity: text(p.severity),
      expires: text(p.expires) || null,
      areas: [],
    };
    alerts.set(identifier, alert);
    const area = text(p.areaDesc);
    if (area !== '' && !alert.areas.includes(area)) alert.areas.push(area);
    const polygon = polygonOf(isRecord(feature) ? feature.geometry : null);
    if (polygon) areas.push({ type: 'Feature', properties: { identifier }, geometry: polygon });
  }
  return { alerts: [...alerts.values()], areas: { type: 'FeatureCollection', features: areas } };
}
