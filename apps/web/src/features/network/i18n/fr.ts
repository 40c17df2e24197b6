import type { Slice } from '../../../i18n/slice.ts';
import type { networkEn } from './en.ts';

/**
 * The French words of the network page: its map and its member organisations with their role in the network.
 */
export const networkFr: Slice<typeof networkEn> = {
  'nav.network': 'Réseau',
  'network.choose': 'Réseau',
  'network.period': 'Période {start} – {end}',
  'network.memberCount': '{count} organisations membres',
  'network.mapTitle': 'Carte',
  'network.mapLabel': 'Carte des organisations membres de {name}',
  'network.mapHint': "Sélectionnez un point pour voir l'organisation. Le tableau liste les mêmes membres.",
  'network.legend': 'Rôle dans le réseau',
  'network.tableCaption': 'Organisations membres de {name}',
  'network.col.name': 'Nom',
  'network.col.kind': 'Type',
  'network.col.country': 'Pays',
  'network.col.role': 'Rôle dans le réseau',
  'network.showOnMap': 'Voir sur la carte',
  'network.showOnMapLabel': 'Voir {name} sur la carte',
  'network.mapUnavailable':
    "La carte ne peut pas s'afficher dans ce navigateur (WebGL indisponible). Le tableau ci-dessous liste tous les membres.",

  'networkRole.lead': 'Chef de file',
  'networkRole.consortium': 'Partenaire du consortium',
  'networkRole.associated': 'Ville associée',
  'networkRole.expert-committee': "Comité d'experts",
  'networkRole.observer': 'Observateur',
};
