import { NetworkRole, type NetworkMember } from '@pactesur/contracts';
import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { baseStyle } from '../../../map/baseStyle.ts';
import { visibleLabels } from '../../../map/labelPlacement.ts';
import type { MapLibre } from '../../../map/loadMapLibre.ts';
import { renderedBasemap, renderedCount, viewBounds } from '../../../map/mapReport.ts';
import { applyOverlays, type MapOverlay } from '../../../map/overlay.ts';
import { boundsOf, memberFeatures, shortName } from './memberFeatures.ts';

export const MEMBER_LAYER = 'network-members';

export interface NetworkMapOptions {
  /** The library, from `loadMapLibre()`. */
  readonly maplibre: MapLibre;
  readonly container: HTMLElement;
  /** MapLibre's texts (control tooltips) in the interface language: `mapLocale(t)`. */
  readonly locale: Record<string, string>;
  readonly members: readonly NetworkMember[];
  readonly overlays: readonly MapOverlay[];
  /** Localised lines under the name in a popup (kind, country, role). */
  readonly describe: (member: NetworkMember) => readonly string[];
  /** Once style and points are in and the view has settled: what is drawn and where the view is. */
  readonly onState: (state: NetworkMapState) => void;
}

export interface NetworkMapState {
  /** Member points drawn in the view. */
  readonly renderedPoints: number;
  /** Countries of the basemap drawn in the view. */
  readonly renderedBasemap: number;
  /** The view's west, south, east, north. */
  readonly bounds: string;
}

/** Padding around the members when the view is fitted to them, in pixels (room for the labels). */
const PADDING = { top: 48, bottom: 48, left: 48, right: 160 };
/** A network of one city is not shown at street level. */
const MAX_FIT_ZOOM = 7;

export interface NetworkMap {
  readonly map: MapLibreMap;
  readonly showMember: (orgId: string) => void;
  readonly setOverlays: (overlays: readonly MapOverlay[]) => void;
  readonly destroy: () => void;
}

function popupContent(member: NetworkMember, lines: readonly string[]): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-popup';
  const title = document.createElement('strong');
  title.textContent = member.org.name;
  box.append(title);
  for (const line of lines) {
    const p = document.createElement('div');
    p.textContent = line;
    box.append(p);
  }
  return box;
}

function labelElement(member: NetworkMember): HTMLElement {
  const label = document.createElement('div');
  label.className = `map-label map-label-${member.role}`;
  label.textContent = shortName(member.org.name);
  label.setAttribute('aria-hidden', 'true');
  return label;
}

/**
 * A MapLibre map of a network's members on the Europe basemap, fitted to all of them: a circle per member
 * coloured by its role, an HTML label beside it, a popup on click; "Natural Earth" credited. Throws if the
 * browser has no WebGL.
 */
export function createNetworkMap(options: NetworkMapOptions): NetworkMap {
  const { maplibre, container, members, describe, onState } = options;
  const points = memberFeatures(members);
  const bounds = boundsOf(points) ?? [-10, 35, 30, 60];
  const map = new maplibre.Map({
    container,
    style: baseStyle(window.location.origin),
    bounds,
    fitBoundsOptions: { padding: PADDING, maxZoom: MAX_FIT_ZOOM },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    locale: options.locale,
  });
  map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibre.AttributionControl({ compact: false }), 'bottom-right');
  map.touchZoomRotate.disableRotation();
  const byId = new Map(members.map((m) => [m.org.id, m]));
  const popup = new maplibre.Popup({ closeButton: true, maxWidth: '280px', offset: 10 });
  const markers: { readonly member: NetworkMember; readonly marker: Marker }[] = [];

  /** Hides the labels that would overlap a label of a more important member. */
  const declutter = () => {
    const boxes = markers.map(({ member, marker }) => {
      const at = map.project(marker.getLngLat());
      const el = marker.getElement();
      return {
        id: member.org.id,
        x: at.x + 10,
        y: at.y - el.offsetHeight / 2,
        width: el.offsetWidth,
        height: el.offsetHeight,
        priority: NetworkRole.options.indexOf(member.role),
      };
    });
    const shown = visibleLabels(boxes);
    for (const { member, marker } of markers)
      marker.getElement().style.visibility = shown.has(member.org.id) ? 'visible' : 'hidden';
  };
  let loaded = false;
  let overlays = options.overlays;

  const open = (orgId: string) => {
    const member = byId.get(orgId);
    if (!member?.org.location) return;
    popup
      .setLngLat(member.org.location)
      .setDOMContent(popupContent(member, describe(member)))
      .addTo(map);
  };

  map.on('load', () => {
    map.addSource(MEMBER_LAYER, { type: 'geojson', data: points });
    map.addLayer({
      id: MEMBER_LAYER,
      type: 'circle',
      source: MEMBER_LAYER,
      paint: {
        'circle-color': ['get', 'colour'],
        'circle-radius': ['match', ['get', 'role'], 'lead', 9, 7],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    applyOverlays(map, overlays);
    for (const m of members) {
      if (!m.org.location) continue;
      const marker = new maplibre.Marker({ element: labelElement(m), anchor: 'left', offset: [10, 0] })
        .setLngLat(m.org.location)
        .addTo(map);
      markers.push({ member: m, marker });
    }
    loaded = true;
    declutter();
  });
  map.on('moveend', () => {
    if (loaded) declutter();
  });
  map.on('idle', () => {
    if (!loaded) return;
    onState({
      renderedPoints: renderedCount(map, [MEMBER_LAYER]),
      renderedBasemap: renderedBasemap(map),
      bounds: viewBounds(map),
    });
  });
  map.on('click', MEMBER_LAYER, (e) => {
    const orgId: unknown = e.features?.[0]?.properties.orgId;
    if (typeof orgId === 'string') open(orgId);
  });
  map.on('mouseenter', MEMBER_LAYER, () => (map.getCanvas().style.cursor = 'pointer'));
  map.on('mouseleave', MEMBER_LAYER, () => (map.getCanvas().style.cursor = ''));

  return {
    map,
    showMember(orgId) {
      const location = byId.get(orgId)?.org.location;
      if (!location) return;
      map.easeTo({ center: location, zoom: Math.max(map.getZoom(), 5) });
      open(orgId);
    },
    setOverlays(next) {
      overlays = next;
      if (loaded) applyOverlays(map, next);
    },
    destroy() {
      for (const { marker } of markers) marker.remove();
      map.remove();
    },
  };
}
