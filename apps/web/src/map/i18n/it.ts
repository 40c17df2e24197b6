import type { Slice } from '../../i18n/slice.ts';
import type { mapEn } from './en.ts';

/**
 * The Italian words of every map: the legend, the notice when a map cannot be shown, and the labels of
 * MapLibre’s own controls.
 */
export const mapIt: Slice<typeof mapEn> = {
  'map.legend': 'Legenda',
  'map.unavailable': 'La mappa non può essere mostrata in questo browser (WebGL non è disponibile).',
  'mapControl.zoomIn': 'Ingrandisci',
  'mapControl.zoomOut': 'Riduci',
  'mapControl.resetBearing': 'Trascina per ruotare la mappa, fai clic per tornare al nord',
  'mapControl.toggleAttribution': 'Mostra o nascondi le fonti della mappa',
  'mapControl.mapFeedback': 'Segnala un problema della mappa',
  'mapControl.fullscreenEnter': 'Mostra la mappa a schermo intero',
  'mapControl.fullscreenExit': 'Esci dallo schermo intero',
  'mapControl.map': 'Mappa',
  'mapControl.marker': 'Indicatore sulla mappa',
  'mapControl.closePopup': 'Chiudi',
};
