import type { Slice } from '../../i18n/slice.ts';
import type { mapEn } from './en.ts';

/**
 * The Spanish words of every map: the legend, the notice when a map cannot be shown, and the labels of
 * MapLibre’s own controls.
 */
export const mapEs: Slice<typeof mapEn> = {
  'map.legend': 'Leyenda',
  'map.unavailable': 'El mapa no puede mostrarse en este navegador (WebGL no está disponible).',
  'mapControl.zoomIn': 'Acercar',
  'mapControl.zoomOut': 'Alejar',
  'mapControl.resetBearing': 'Arrastre para girar el mapa, haga clic para volver al norte',
  'mapControl.toggleAttribution': 'Mostrar u ocultar las fuentes del mapa',
  'mapControl.mapFeedback': 'Informar de un problema en el mapa',
  'mapControl.fullscreenEnter': 'Ver el mapa a pantalla completa',
  'mapControl.fullscreenExit': 'Salir de pantalla completa',
  'mapControl.map': 'Mapa',
  'mapControl.marker': 'Marcador del mapa',
  'mapControl.closePopup': 'Cerrar',
};
