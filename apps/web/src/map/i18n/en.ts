/**
 * The English words of every map: the legend, the notice when a map cannot be shown, and the labels of
 * MapLibre’s own controls. The source of this slice's keys: each other language's slice is typed against it.
 */
export const mapEn = {
  'map.legend': 'Legend',
  'map.unavailable': 'The map cannot be shown in this browser (WebGL is not available).',
  'mapControl.zoomIn': 'Zoom in',
  'mapControl.zoomOut': 'Zoom out',
  'mapControl.resetBearing': 'Drag to rotate the map, click to reset north',
  'mapControl.toggleAttribution': 'Show or hide the map credits',
  'mapControl.mapFeedback': 'Report a problem with the map',
  'mapControl.fullscreenEnter': 'Show the map full screen',
  'mapControl.fullscreenExit': 'Leave full screen',
  'mapControl.map': 'Map',
  'mapControl.marker': 'Map marker',
  'mapControl.closePopup': 'Close',
};
