/**
 * The English words of the network page: its map and its member organisations with their role in the network.
 * The source of this slice's keys: each other language's slice is typed against it.
 */
export const networkEn = {
  'nav.network': 'Network',
  'network.choose': 'Network',
  'network.period': 'Period {start} – {end}',
  'network.memberCount': '{count} member organisations',
  'network.mapTitle': 'Map',
  'network.mapLabel': 'Map of the member organisations of {name}',
  'network.mapHint': 'Select a point to see the organisation. The table lists the same members.',
  'network.legend': 'Role in the network',
  'network.tableCaption': 'Member organisations of {name}',
  'network.col.name': 'Name',
  'network.col.kind': 'Kind',
  'network.col.country': 'Country',
  'network.col.role': 'Role in the network',
  'network.showOnMap': 'Show on map',
  'network.showOnMapLabel': 'Show {name} on the map',
  'network.mapUnavailable':
    'The map cannot be shown in this browser (WebGL is not available). The table below lists every member.',

  'networkRole.lead': 'Lead',
  'networkRole.consortium': 'Consortium partner',
  'networkRole.associated': 'Associated city',
  'networkRole.expert-committee': 'Expert committee',
  'networkRole.observer': 'Observer',
};
