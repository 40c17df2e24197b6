import type { MessageKey } from '../i18n/messages.ts';

/** MapLibre's texts (control tooltips …) and the dictionary keys that translate them. */
export const MAP_LOCALE_KEYS = {
  'AttributionControl.ToggleAttribution': 'mapControl.toggleAttribution',
  'AttributionControl.MapFeedback': 'mapControl.mapFeedback',
  'FullscreenControl.Enter': 'mapControl.fullscreenEnter',
  'FullscreenControl.Exit': 'mapControl.fullscreenExit',
  'Map.Title': 'mapControl.map',
  'Marker.Title': 'mapControl.marker',
  'NavigationControl.ResetBearing': 'mapControl.resetBearing',
  'NavigationControl.ZoomIn': 'mapControl.zoomIn',
  'NavigationControl.ZoomOut': 'mapControl.zoomOut',
  'Popup.Close': 'mapControl.closePopup',
} as const satisfies Readonly<Record<string, MessageKey>>;

/** MapLibre's `locale` option in the interface language. */
export function mapLocale(t: (key: MessageKey) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(MAP_LOCALE_KEYS).map(([id, key]) => [id, t(key)]));
}
