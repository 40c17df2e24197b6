import type { Slice } from '../../../i18n/slice.ts';
import type { networkEn } from './en.ts';

/**
 * The Italian words of the network page: its map and its member organisations with their role in the network.
 */
export const networkIt: Slice<typeof networkEn> = {
  'nav.network': 'Rete',
  'network.choose': 'Rete',
  'network.period': 'Periodo {start} – {end}',
  'network.memberCount': '{count} organizzazioni membri',
  'network.mapTitle': 'Mappa',
  'network.mapLabel': 'Mappa delle organizzazioni membri di {name}',
  'network.mapHint': "Seleziona un punto per vedere l'organizzazione. La tabella elenca gli stessi membri.",
  'network.legend': 'Ruolo nella rete',
  'network.tableCaption': 'Organizzazioni membri di {name}',
  'network.col.name': 'Nome',
  'network.col.kind': 'Tipo',
  'network.col.country': 'Paese',
  'network.col.role': 'Ruolo nella rete',
  'network.showOnMap': 'Mostra sulla mappa',
  'network.showOnMapLabel': 'Mostra {name} sulla mappa',
  'network.mapUnavailable':
    'La mappa non può essere mostrata in questo browser (WebGL non disponibile). La tabella qui sotto elenca tutti i membri.',

  'networkRole.lead': 'Capofila',
  'networkRole.consortium': 'Partner del consorzio',
  'networkRole.associated': 'Città associata',
  'networkRole.expert-committee': 'Comitato di esperti',
  'networkRole.observer': 'Osservatore',
};
