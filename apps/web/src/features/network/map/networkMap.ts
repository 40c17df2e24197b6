import { NetworkRole, type NetworkMember } from '@pactesur/contracts';
import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { createBaseMap, EUROPE, type MapSetup } from '../../../map/baseMap.ts';
import { visibleLabels } from '../../../map/labelPlacement.ts';
import { applyOverlays, type MapOverlay } from '../../../map/overlay.ts';
import { addPointsLayer, pointsBounds, type PointsMapState } from '../../../map/pointsLayer.ts';
import { memberFeatures, shortName } from './memberFeatures.ts';

export const MEMBER_LAYER = 'network-members';

export interface NetworkMapOptions extends MapSetup {
  readonly members: readonly NetworkMember[];
  readonly overlays: readonly MapOverlay[];
  /** Localised lines under the name in a popup (kind, country, role). */
  readonly describe: (member: NetworkMember) => readonly string[];
  /** Once style and points are in and the view has settled: what is drawn and where the view is. */
  readonly onState: (state: PointsMapState) => void;
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
  const { maplibre, members, describe } = options;
  const points = memberFeatures(members);
  const map = createBaseMap({
    ...options,
    bounds: pointsBounds(points) ?? EUROPE,
    fitBoundsOptions: { padding: PADDING, maxZoom: MAX_FIT_ZOOM },
  });
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

  addPointsLayer(map, {
    id: MEMBER_LAYER,
    points: () => points,
    paint: {
      'circle-radius': ['match', ['get', 'role'], 'lead', 9, 7],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
    property: 'orgId',
    onPoint: open,
    onState: options.onState,
  });
  map.on('load', () => {
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
