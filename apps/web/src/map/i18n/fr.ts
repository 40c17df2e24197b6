import type { Slice } from '../../i18n/slice.ts';
import type { mapEn } from './en.ts';

/**
 * The French words of every map: the legend, the notice when a map cannot be shown, and the labels of
 * MapLibre’s own controls.
 */
export const mapFr: Slice<typeof mapEn> = {
  'map.legend': 'Légende',
  'map.unavailable': "La carte ne peut pas s'afficher dans ce navigateur (WebGL n'est pas disponible).",
  'mapControl.zoomIn': 'Zoom avant',
  'mapControl.zoomOut': 'Zoom arrière',
  'mapControl.resetBearing': 'Faites glisser pour tourner la carte, cliquez pour revenir au nord',
  'mapControl.toggleAttribution': 'Afficher ou masquer les sources de la carte',
  'mapControl.mapFeedback': 'Signaler un problème sur la carte',
  'mapControl.fullscreenEnter': 'Afficher la carte en plein écran',
  'mapControl.fullscreenExit': 'Quitter le plein écran',
  'mapControl.map': 'Carte',
  'mapControl.marker': 'Repère sur la carte',
  'mapControl.closePopup': 'Fermer',
};
