import type { Slice } from '../../../i18n/slice.ts';
import type { networkEn } from './en.ts';

/**
 * The Spanish words of the network page: its map and its member organisations with their role in the network.
 */
export const networkEs: Slice<typeof networkEn> = {
  'nav.network': 'Red',
  'network.choose': 'Red',
  'network.period': 'Periodo {start} – {end}',
  'network.memberCount': '{count} organizaciones miembro',
  'network.mapTitle': 'Mapa',
  'network.mapLabel': 'Mapa de las organizaciones miembro de {name}',
  'network.mapHint': 'Seleccione un punto para ver la organización. La tabla enumera los mismos miembros.',
  'network.legend': 'Papel en la red',
  'network.tableCaption': 'Organizaciones miembro de {name}',
  'network.col.name': 'Nombre',
  'network.col.kind': 'Tipo',
  'network.col.country': 'País',
  'network.col.role': 'Papel en la red',
  'network.showOnMap': 'Ver en el mapa',
  'network.showOnMapLabel': 'Ver {name} en el mapa',
  'network.mapUnavailable':
    'El mapa no puede mostrarse en este navegador (WebGL no está disponible). La tabla de abajo enumera todos los miembros.',

  'networkRole.lead': 'Coordinador principal',
  'networkRole.consortium': 'Socio del consorcio',
  'networkRole.associated': 'Ciudad asociada',
  'networkRole.expert-committee': 'Comité de expertos',
  'networkRole.observer': 'Observador',
};
