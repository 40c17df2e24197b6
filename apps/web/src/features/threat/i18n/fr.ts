import type { Slice } from '../../../i18n/slice.ts';
import type { threatEn } from './en.ts';

/**
 * The French words of vehicle threat analyses: the list, the form (vehicle classes, protected zone), the
 * result and its legend.
 */
export const threatFr: Slice<typeof threatEn> = {
  'threat.sectionTitle': 'Menace véhicule',
  'threat.sectionIntro':
    "D'où chaque type de véhicule peut atteindre le site, à quelle vitesse et avec quelle énergie : chaque rue, trottoir, place et voie de tram compte, comme lors d'une attaque réelle.",
  'threat.new': 'Nouvelle analyse',
  'threat.empty': "Aucune analyse de menace véhicule pour ce site pour l'instant.",
  'threat.listCaption':
    "Analyses de menace véhicule de ce site, avec la vitesse d'impact la plus élevée de chaque classe de véhicule",
  'threat.col.name': 'Nom',
  'threat.col.started': 'Lancée le',
  'threat.col.status': 'État',
  'threat.col.class': 'Classe de véhicule',
  'threat.col.mass': 'Masse',
  'threat.col.maxSpeed': 'Vitesse maximale',
  'threat.col.maxEnergy': 'Énergie maximale',
  'threat.col.entries': 'Entrées',
  'threat.col.band': 'Fourchette',
  'threat.col.entry': 'Entrée',
  'threat.col.speed': 'Vitesse',
  'threat.col.energy': 'Énergie',
  'threat.col.runUp': "Distance d'élan",
  'threat.col.angle': 'Angle',
  'threat.col.perimeter': 'Périmètre',
  'threat.notReached': 'Non atteint',
  'threat.progressOf': "Progression de l'analyse {name}",
  'threat.sensitive':
    'Donnée sensible appartenant à {org} : elle montre comment un véhicule peut atteindre le lieu',
  'threat.analystsOnly':
    "Seuls les analystes, éditeurs et administrateurs de l'organisation lancent des analyses de menace véhicule.",
  'threat.started': "L'analyse {name} a été lancée.",
  'threat.meta': '{site} · lancée le {date}',
  'threat.settings':
    'Classes de véhicules : {classes} · points du périmètre tous les {spacing} · fourchette de sensibilité : {sensitivity}',
  'threat.theSite': 'le site',
  'threat.delete': "Supprimer l'analyse",
  'threat.confirmDelete':
    "Supprimer l'analyse {name} ? Son partage prend fin aussi. Cette action est irréversible.",
  'threat.confirmDeleteYes': 'Oui, supprimer {name}',
  'threat.deleted': "L'analyse {name} a été supprimée.",
  'threat.running': "L'analyse est en cours",
  'threat.runningHint':
    "Chaque itinéraire vers la zone est recherché pour chaque classe de véhicule ; les résultats s'affichent ici à la fin. Vous pouvez quitter cette page.",
  'threat.failed': "L'analyse a échoué : {reason}",
  'threat.loadingResult': 'Chargement des résultats…',
  'threat.noLayers':
    'La carte du site ne peut pas être affichée pour vous ; la zone et les résultats sont montrés seuls.',
  'threat.mapTitle': "Vitesses d'impact sur le périmètre",
  'threat.mapLabel':
    "Carte de {name} : vitesses d'impact de la classe {class} sur le périmètre de la zone protégée",
  'threat.mapHint':
    'Chaque point du périmètre de {perimeter} a la couleur de la vitesse la plus élevée à laquelle le véhicule choisi peut le heurter ; les lignes sont les pires élans. Choisissez une entrée dans le tableau pour la voir sur la carte.',
  'threat.classPicker': 'Classe de véhicule',
  'threat.showWholeZone': 'Afficher toute la zone',
  'threat.entriesTitle': 'Entrées de la classe {class}, les plus dangereuses en premier',
  'threat.entriesCaption': '{count} entrées pour la classe {class} : où elle atteint le périmètre et comment',
  'threat.noEntries': 'Aucun véhicule de la classe {class} ne peut atteindre la zone.',
  'threat.showEntry': "Afficher l'entrée {rank} sur la carte",
  'threat.entryShown': "L'entrée {rank} est affichée sur la carte : {speed}.",
  'threat.stretch': '{from} à {to}',
  'threat.band': '{low} à {high}',
  'threat.showAll': 'Afficher les {count} entrées',
  'threat.showFirst': 'Afficher seulement les {count} premières entrées',
  'threat.summaryTitle': 'Toutes les classes de véhicules',
  'threat.summaryCaption': "Vitesse et énergie d'impact les plus élevées de chaque classe de véhicule",
  'threat.variants': 'Fourchettes de vitesse obtenues en relançant avec : {variants}.',
  'threat.exportTitle': 'Exporter',
  'threat.exportHint':
    "GeoJSON : points du périmètre et pires trajets, pour un SIG. CSV : une ligne par entrée, pour un tableur. Les exports sont inscrits au journal d'audit.",
  'threat.exportClass': 'La classe {class}',
  'threat.exportAll': 'Toutes les classes de véhicules',
  'threat.exportAllClasses': 'toutes les classes de véhicules',
  'threat.exportLink': 'Télécharger le {format} de {scope}',

  'threatStatus.processing': 'En cours',
  'threatStatus.ready': 'Prête',
  'threatStatus.failed': 'Échouée',

  'threat-analysis.notShared': "Cette analyse n'est partagée avec aucune organisation.",
  'threat-analysis.sharesCaption': 'Organisations avec lesquelles cette analyse est partagée',
  'threat-analysis.shared': "L'analyse est maintenant partagée avec {org}.",
  'threat-analysis.unshared': "L'analyse n'est plus partagée avec {org}.",

  'threatForm.title': 'Nouvelle analyse de menace véhicule : {name}',
  'threatForm.intro':
    "Choisissez les véhicules à évaluer et la zone à protéger. L'analyse trouve, pour chaque point du périmètre de la zone, le chemin le plus rapide pour y entrer.",
  'threatForm.backToSite': 'Le site',
  'threatForm.name': "Nom de l'analyse",
  'threatForm.defaultName': '{site} — menace véhicule',
  'threatForm.classes': 'Classes de véhicules',
  'threatForm.noClass': 'Choisissez au moins une classe de véhicule.',
  'threatForm.spacing': 'Espacement des points du périmètre (m)',
  'threatForm.spacingHint':
    'Entre 2 et 5 mètres. Des points plus serrés trouvent les passages étroits entre les bornes, mais prennent plus de temps.',
  'threatForm.sensitivity': 'Fourchette de sensibilité',
  'threatForm.sensitivityHint':
    "Relance l'analyse avec puissance et masse ±30 %, adhérence de 0,6 à 0,9 g et vitesses de départ jusqu'à 50 km/h, et donne à chaque vitesse une fourchette basse–haute. Plus lent.",
  'threatForm.zone': 'Zone protégée',
  'threatForm.zoneOutline': 'Le contour du site',
  'threatForm.zoneDraw': 'Dessiner sur la carte',
  'threatForm.outlineHint': 'Le contour de {name} (sa plus grande partie) est protégé.',
  'threatForm.drawHint':
    'Cliquez sur la carte pour ajouter les sommets de la zone, dans l’ordre tout autour. La zone se ferme d’elle-même.',
  'threatForm.mapLabel': 'Carte de {name} pour choisir la zone protégée',
  'threatForm.undo': 'Annuler le dernier sommet',
  'threatForm.clear': 'Effacer',
  'threatForm.corners': 'Sommets : {count}',
  'threatForm.geojson': 'Zone en GeoJSON (Polygon, longitude et latitude)',
  'threatForm.geojsonHint':
    'Saisissez ou collez un polygone au lieu de cliquer ; le dessin sur la carte remplit ce champ.',
  'threatForm.noZone':
    'Dessinez la zone protégée (au moins trois sommets, côtés sans croisement) ou choisissez le contour du site.',
  'threatForm.submit': "Lancer l'analyse",
  'threatForm.starting': 'Lancement…',

  'zoneProblem.json': "Ce n'est pas du JSON valide.",
  'zoneProblem.shape': "Ce n'est pas un Polygon GeoJSON de paires longitude, latitude.",
  'zoneProblem.too-few': 'Une zone a besoin d’au moins trois sommets.',
  'zoneProblem.self-intersecting': 'Les côtés de la zone se croisent.',

  'threatLegend.title': "Vitesse d'impact — {class}",
  'threatLegend.rampLabel': "Tranches de vitesse d'impact",
  'threatLegend.below': 'moins de {speed}',
  'threatLegend.between': '{from} à {to}',
  'threatLegend.above': '{speed} et plus',
  'threatLegend.notReached': 'Non atteint',
  'threatLegend.roundedUp': "Tranches aux vitesses d'essai des barrières ; vitesses arrondies au supérieur.",
  'threatLegend.zone': 'Zone protégée',
  'threatLegend.paths': "Pires trajets d'élan",
  'threatLegend.selected': 'Entrée choisie',
  'threatLegend.base': 'Fond de carte',

  'vehicleClass.car': 'Voiture',
  'vehicleClass.pickup': 'Pick-up / 4×4',
  'vehicleClass.van': 'Fourgon',
  'vehicleClass.rigid-7.5t': 'Camion 7,5 t',
  'vehicleClass.rigid-18t': 'Camion 18 t',
  'vehicleClass.artic-40t': 'Semi-remorque 40 t',
  'vehicleClassHint.car': 'M1, 1,5 t',
  'vehicleClassHint.pickup': 'N1G, 2,5 t',
  'vehicleClassHint.van': 'N1, 3,5 t',
  'vehicleClassHint.rigid-7.5t': 'Porteur N2/N3C, 7,5 t',
  'vehicleClassHint.rigid-18t': 'Porteur N3, 18 t',
  'vehicleClassHint.artic-40t': 'Ensemble articulé N3, 40 t',

  'variant.power-low': 'puissance du moteur plus faible',
  'variant.power-high': 'puissance du moteur plus forte',
  'variant.grip-low': 'adhérence en virage plus faible',
  'variant.grip-high': 'adhérence en virage plus forte',
  'variant.start-low': 'vitesse de départ plus basse',
  'variant.start-high': 'vitesse de départ plus haute',
  'variant.all-low': 'tous les paramètres à leur minimum',
  'variant.all-high': 'tous les paramètres à leur maximum',
};
