import type { Slice } from '../../../i18n/slice.ts';
import type { crowdEn } from './en.ts';

/**
 * The French words of crowd simulations: the list, the form (exits, people, model), and the result (figures,
 * playback, curve, flows).
 */
export const crowdFr: Slice<typeof crowdEn> = {
  'crowd.sectionTitle': 'Simulation de foule',
  'crowd.sectionIntro':
    'Combien de temps le lieu met à se vider par ses sorties, et où la foule devient dangereusement dense (à partir de 4 personnes/m²).',
  'crowd.new': 'Nouvelle simulation',
  'crowd.empty': 'Aucune simulation de foule de ce site pour l’instant.',
  'crowd.listCaption': 'Simulations de foule de ce site, les plus récentes d’abord',
  'crowd.col.name': 'Simulation',
  'crowd.col.started': 'Lancée',
  'crowd.col.status': 'État',
  'crowd.col.evacuation': 'Temps d’évacuation',
  'crowd.col.people': 'Personnes',
  'crowd.outOf': '{out} sur {total}',
  'crowd.notEmptied': 'Non vidé',
  'crowd.progressOf': 'Avancement de la simulation {name}',
  'crowd.sensitive': 'Donnée sensible appartenant à {org} : elle montre où une foule devient dense',
  'crowd.analystsOnly':
    'Seuls les analystes, éditeurs et administrateurs de l’organisation lancent des simulations de foule.',
  'crowd.started': 'La simulation {name} a été lancée.',
  'crowd.meta': '{site} · lancée le {date}',
  'crowd.settings': '{model} · {people} personnes · sorties : {exits} · jusqu’à {duration}',
  'crowd.theSite': 'le site',
  'crowd.delete': 'Supprimer la simulation',
  'crowd.confirmDelete': 'Supprimer la simulation {name} ? Son partage prend fin aussi. C’est irréversible.',
  'crowd.confirmDeleteYes': 'Oui, supprimer {name}',
  'crowd.deleted': 'La simulation {name} a été supprimée.',
  'crowd.running': 'La simulation est en cours',
  'crowd.runningHint':
    'Chaque personne marche vers la sortie la plus proche, pas à pas ; les résultats s’affichent ici à la fin. Vous pouvez quitter cette page.',
  'crowd.failed': 'La simulation a échoué : {reason}',
  'crowd.loadingResult': 'Chargement des résultats…',
  'crowd.noLayers':
    'La carte du site ne peut pas être affichée pour vous ; les personnes et les sorties sont montrées seules.',
  'crowd.runFigures': '{simulated} simulées en {wall} s de calcul ({rate} pas-personnes par seconde).',

  'crowdStatus.processing': 'En cours',
  'crowdStatus.ready': 'Prête',
  'crowdStatus.failed': 'Échouée',

  'crowd-simulation.notShared': 'Cette simulation n’est partagée avec aucune organisation.',
  'crowd-simulation.sharesCaption': 'Organisations avec lesquelles cette simulation est partagée',
  'crowd-simulation.shared': 'La simulation est désormais partagée avec {org}.',
  'crowd-simulation.unshared': 'La simulation n’est plus partagée avec {org}.',

  'crowdModel.cfsm': 'Modèle de vitesse sans collision',
  'crowdModel.sfm': 'Modèle de forces sociales',

  'crowdUnit.seconds': '{s} s',
  'crowdUnit.minutes': '{m} min {s} s',
  'crowdUnit.density': '{value} personnes/m²',
  'crowdUnit.flow': '{value} personnes/s',
  'crowdUnit.specificFlow': '{value} personnes/(m·s)',
  'crowdUnit.metres': '{value} m',

  'crowdForm.title': 'Nouvelle simulation de foule de {name}',
  'crowdForm.intro':
    'Tracez les sorties sur le bord du site, indiquez combien de personnes s’y trouvent, et la simulation dit combien de temps le lieu met à se vider et où la foule devient dense.',
  'crowdForm.backToSite': 'Le site',
  'crowdForm.name': 'Nom de la simulation',
  'crowdForm.defaultName': '{site} — évacuation',
  'crowdForm.exits': 'Sorties',
  'crowdForm.drawHint':
    'Cliquez deux points sur le bord du contour pour tracer une sortie : chaque point se place sur le point du bord le plus proche. Tracez autant de sorties qu’il y a d’issues.',
  'crowdForm.mapLabel': 'Carte de {name} pour tracer les sorties',
  'crowdForm.pendingPoint': 'Première extrémité placée : cliquez l’autre extrémité de la sortie sur le bord.',
  'crowdForm.exitCount': 'Sorties tracées : {count}',
  'crowdForm.cancelPoint': 'Annuler cette sortie',
  'crowdForm.samePoint':
    'Les deux extrémités tombent au même endroit : cliquez deux points plus éloignés le long du bord.',
  'crowdForm.exitsCaption': 'Sorties tracées, avec leur largeur',
  'crowdForm.exitName': 'Nom',
  'crowdForm.exitNameOf': 'Nom de la sortie {n}',
  'crowdForm.exitWidth': 'Largeur',
  'crowdForm.exitDefault': 'Sortie {n}',
  'crowdForm.remove': 'Retirer',
  'crowdForm.removeExit': 'Retirer la sortie {name}',
  'crowdForm.geojsonSummary': 'Saisir plutôt les sorties (GeoJSON)',
  'crowdForm.geojson': 'Sorties en GeoJSON (LineStrings, longitude et latitude)',
  'crowdForm.geojsonHint':
    'Une FeatureCollection d’entités LineString, la propriété « id » nommant chaque sortie ; les extrémités de chaque ligne sont ramenées sur le bord. Tracer sur la carte remplit ce champ.',
  'crowdForm.noExit': 'Tracez au moins une sortie sur le bord du site.',
  'crowdForm.exitNameEmpty': 'Donnez un nom à chaque sortie.',
  'crowdForm.exitNameTwice': 'Deux sorties portent le même nom : donnez à chacune le sien.',
  'crowdForm.narrow': 'trop étroite',
  'crowdForm.exitTooNarrow':
    'Une sortie fait moins de 0,5 m : personne ne pourrait passer. Retirez-la ou tracez-la plus large.',
  'crowdForm.people': 'Personnes',
  'crowdForm.byDensity': 'Par densité',
  'crowdForm.byCount': 'Par nombre',
  'crowdForm.density': 'Densité (personnes/m²)',
  'crowdForm.densityHint':
    'Environ {people} personnes sur les {area} de surface praticable. 1 personne/m² : une place animée ; 2 et plus : un événement bondé.',
  'crowdForm.densityHintEmpty': 'Entre 0,01 et 6 personnes/m².',
  'crowdForm.count': 'Nombre de personnes',
  'crowdForm.countHint': 'Réparties uniformément sur les {area} de surface praticable ; jusqu’à 20 000.',
  'crowdForm.tooMany':
    'Cela fait {people} personnes : 20 000 au plus peuvent être simulées. Baissez la densité.',
  'crowdForm.eventOccupancy': 'Lors d’un événement : {people} personnes, selon la fiche du site',
  'crowdForm.typicalOccupancy': 'Un jour ordinaire : {people} personnes, selon la fiche du site',
  'crowdForm.occupancyHint': 'Le nombre de personnes enregistré, réparti uniformément sur les {area} de surface piétonne.',
  'crowdForm.tooManyRegistered': 'Le site est enregistré pour {people} personnes : 20 000 au plus peuvent être simulées. Choisissez plutôt une densité ou un nombre.',
  'crowdForm.exitUnusable': 'La sortie {exit} ne peut pas servir : {reason}',
  'crowdForm.exitReason.offEdge': 'elle ne se trouve pas sur le bord du site.',
  'crowdForm.exitReason.narrow': 'elle ouvre trop peu du bord pour que quelqu’un puisse passer.',
  'crowdForm.exitReason.closed': 'un mur ou un bâtiment la sépare de l’endroit où se trouvent les personnes.',
  'crowdForm.exitReason.other': 'le simulateur ne peut pas la placer sur le bord du site.',
  'crowdForm.settings': 'Modèle et durées',
  'crowdForm.model': 'Modèle',
  'crowdForm.cfsmHint':
    'Le choix habituel : chacun garde ses distances et ralentit derrière les autres. Rapide.',
  'crowdForm.sfmHint':
    'Les personnes poussent et sont poussées par des forces ; montre la pression dans les foules très denses. Plus lent.',
  'crowdForm.premovementMin': 'Pré-mouvement de (s)',
  'crowdForm.premovementMax': 'Pré-mouvement à (s)',
  'crowdForm.premovementHint':
    'Chaque personne se met en marche à un instant tiré au hasard entre ces deux valeurs : le temps de remarquer et de réagir.',
  'crowdForm.premovementOrder': 'Le premier temps de pré-mouvement ne doit pas dépasser le second.',
  'crowdForm.duration': 'Durée simulée maximale (s)',
  'crowdForm.durationHint':
    'La simulation s’arrête quand tout le monde est sorti, ou à cette durée (de 10 à 3 600 s).',
  'crowdForm.submit': 'Lancer la simulation',
  'crowdForm.starting': 'Lancement…',

  'exitsProblem.json': 'Ce n’est pas du JSON valide.',
  'exitsProblem.shape':
    'Ce n’est pas une LineString GeoJSON (ni une collection de LineStrings) de paires longitude, latitude.',
  'exitsProblem.empty': 'Ce texte ne contient aucune sortie.',
  'exitsProblem.too-many': '50 sorties au plus.',
  'exitsProblem.off-edge':
    'Une sortie n’est pas sur le bord du site, ou ses deux extrémités sont au même point.',

  'crowdLegend.exitsTitle': 'Sorties',
  'crowdLegend.exit': 'Sortie',
  'crowdLegend.pending': 'Première extrémité de la sortie en cours',
  'crowdLegend.siteTitle': 'Carte du site',
  'crowdLegend.densityTitle': 'Densité de la foule',
  'crowdLegend.between': '{from}–{to}',
  'crowdLegend.above': '{value} et plus',
  'crowdLegend.person': 'Une personne',
  'crowdLegend.cellNote':
    'Densité comptée par carrés de 2 m × 2 m. À partir de 4 personnes/m², on ne circule plus librement ; à partir de 5, la foule est dangereuse.',

  'crowdFigure.title': 'Chiffres clés',
  'crowdFigure.evacuation': 'Temps d’évacuation',
  'crowdFigure.evacuationNote': 'Jusqu’à la sortie de la dernière personne.',
  'crowdFigure.notEmptiedNote': 'Des personnes étaient encore à l’intérieur après {time}.',
  'crowdFigure.people': 'Personnes sorties',
  'crowdFigure.area': 'Surface praticable {area}',
  'crowdFigure.peak': 'Densité maximale',
  'crowdFigure.level0': 'Moins de 2 personnes/m² : on circule librement.',
  'crowdFigure.level1': 'Foule : à partir de 2 personnes/m².',
  'crowdFigure.level2': 'Dense : à partir de 4 personnes/m², les mouvements sont gênés.',
  'crowdFigure.level3': 'Dangereux : 5 personnes/m² ou plus.',

  'crowdPlayback.title': 'Lecture',
  'crowdPlayback.hint':
    'Les personnes encore à l’intérieur, seconde par seconde, sur la densité de la foule. Lancez la lecture ou déplacez le curseur du temps.',
  'crowdPlayback.mapLabel':
    'Carte de la simulation {name} : personnes et densité de la foule à l’instant choisi',
  'crowdPlayback.controls': 'Commandes de lecture',
  'crowdPlayback.play': 'Lire',
  'crowdPlayback.pause': 'Pause',
  'crowdPlayback.time': 'Temps',
  'crowdPlayback.valueText': '{time}, {people} personnes à l’intérieur',
  'crowdPlayback.speed': 'Vitesse',
  'crowdPlayback.times': '×{n}',
  'crowdPlayback.inside': 'Personnes à l’intérieur',
  'crowdPlayback.framePeak': 'Densité la plus forte à cet instant',
  'crowdPlayback.denseCells': 'Carrés à 2 personnes/m² ou plus',

  'crowdCurve.title': 'Courbe d’évacuation',
  'crowdCurve.hint':
    'Personnes encore à l’intérieur au fil du temps ; la ligne pointillée marque la sortie de la dernière.',
  'crowdCurve.desc': 'Sur {total} personnes au départ, {out} sortent ; temps d’évacuation : {time}.',
  'crowdCurve.xAxis': 'Temps (s)',
  'crowdCurve.yAxis': 'Personnes à l’intérieur',
  'crowdCurve.evacuated': 'Vide à {time}',
  'crowdCurve.tableSummary': 'La courbe sous forme de tableau',

  'crowdFlows.title': 'Débits aux sorties',
  'crowdFlows.hint':
    'Combien de personnes partent par chaque sortie, et à quel rythme. Les expériences donnent environ 1,6–1,9 personne par mètre de largeur et par seconde à un goulot.',
  'crowdFlows.caption': 'Personnes passées par chaque sortie, et débit au fil du temps',
  'crowdFlows.exit': 'Sortie',
  'crowdFlows.width': 'Largeur',
  'crowdFlows.people': 'Personnes',
  'crowdFlows.first': 'Première sortie',
  'crowdFlows.last': 'Dernière sortie',
  'crowdFlows.meanFlow': 'Débit moyen',
  'crowdFlows.specificFlow': 'Par mètre de largeur',
  'crowdFlows.overTime': 'Débit au fil du temps',
  'crowdFlows.sparkLabel': 'Débit par {exit} au fil du temps, au plus {peak}',
};
