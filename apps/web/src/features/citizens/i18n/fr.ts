import type { Slice } from '../../../i18n/slice.ts';
import type { citizensEn } from './en.ts';

/** The French words of citizens' reports. */
export const citizensFr: Slice<typeof citizensEn> = {
  'nav.reports': 'Signalements',
  'recordKind.citizen-report': 'Signalement d’un citoyen',
  'recordKind.citizen-coverage': 'Zone couverte de signalements',
  'recordKind.citizen-api-key': 'Clé d’API Open311',

  'reportCategory.unattended-item': 'Objet abandonné',
  'reportCategory.blocked-emergency-access': 'Accès des secours bloqué',
  'reportCategory.damaged-barrier': 'Barrière ou borne endommagée',
  'reportCategory.suspicious-vehicle': 'Véhicule suspect',
  'reportCategory.crowding': 'Foule trop dense',
  'reportCategory.lighting-fault': 'Panne d’éclairage',
  'reportCategory.event-safety': 'Sécurité d’un événement',
  'reportCategory.other': 'Autre chose',
  'reportPurpose.unattended-item':
    'Un sac, un colis ou un objet laissé seul dans un lieu public, pour qu’il soit vérifié et enlevé.',
  'reportPurpose.blocked-emergency-access':
    'Une voie pompiers, une sortie de secours ou un accès des ambulances bloqué, pour qu’il soit dégagé.',
  'reportPurpose.damaged-barrier':
    'Une borne, une barrière ou une jardinière lourde endommagée, déplacée ou manquante, pour qu’elle soit réparée.',
  'reportPurpose.suspicious-vehicle':
    'Un véhicule garé ou circulant là où il ne devrait pas, près d’un lieu fréquenté, pour qu’il soit contrôlé.',
  'reportPurpose.crowding':
    'Un lieu qui devient trop bondé ou une file d’attente qui devient dangereuse, pour que la foule soit gérée.',
  'reportPurpose.lighting-fault': 'Un lampadaire éteint ou un passage sombre, pour qu’il soit réparé.',
  'reportPurpose.event-safety':
    'Un problème lors d’un événement : une sortie fermée, une scène instable, un agent absent, pour que les organisateurs agissent.',
  'reportPurpose.other': 'Un autre problème d’un espace public, qui n’est pas une urgence.',

  'reportStatus.open': 'Reçu',
  'reportStatus.in-progress': 'En cours',
  'reportStatus.closed': 'Clos',
  'reportStatus.open.meaning': '{org} a reçu votre signalement et va l’examiner.',
  'reportStatus.in-progress.meaning': '{org} s’en occupe.',
  'reportStatus.closed.meaning': '{org} a fini de le traiter.',

  'citizens.report.eyebrow': 'Des espaces publics sûrs',
  'citizens.report.title': 'Signaler un problème dans l’espace public',
  'citizens.report.intro':
    'Signalez à la ville un problème que vous avez remarqué : un sac abandonné, un accès des secours bloqué, une borne endommagée. Aucun compte n’est nécessaire.',
  'citizens.report.privacy':
    'Votre signalement va seulement à l’organisation qui en a la charge à cet endroit. Ce qui est conservé, et combien de temps :',
  'citizens.transparencyLink': 'transparence des signalements',
  'citizens.emergency.title': 'Ce n’est pas pour les urgences.',
  'citizens.emergency.call':
    'Si quelqu’un est en danger ou si quelque chose se passe en ce moment, appelez le 112.',
  'citizens.emergency.noVideo':
    'Aucune vidéo en direct n’est prise et personne ne vous suit : seuls ce que vous écrivez et la photo que vous choisissez d’ajouter sont envoyés.',

  'citizens.place.legend': '1. Où est-ce ?',
  'citizens.place.hint':
    'Cliquez sur l’endroit sur la carte (zoomez avec les boutons ou la molette), ou saisissez sa latitude et sa longitude.',
  'citizens.place.map': 'Carte : cliquez là où se trouve le problème',
  'citizens.place.none': 'Aucun endroit choisi pour l’instant.',
  'citizens.place.chosen': 'Endroit choisi : latitude {lat}, longitude {lng}.',
  'citizens.place.lat': 'Latitude',
  'citizens.place.lng': 'Longitude',
  'citizens.place.locate': 'Utiliser ma position',
  'citizens.place.locating': 'Recherche de votre position…',
  'citizens.place.locateFailed':
    'Votre position n’a pas pu être trouvée. Cliquez plutôt sur l’endroit sur la carte.',
  'citizens.place.address': 'Adresse ou repère (facultatif)',
  'citizens.place.addressHint': 'Par exemple : « devant la fontaine, place Masséna ».',

  'citizens.category.legend': '2. De quoi s’agit-il ?',
  'citizens.category.placeFirst':
    'Choisissez d’abord l’endroit : les catégories dépendent de qui reçoit les signalements à cet endroit.',
  'citizens.category.none':
    'Aucune organisation ne reçoit encore de signalements à cet endroit. Choisissez un autre endroit ou contactez directement la ville.',
  'citizens.category.goesTo': 'Transmis à : {org}',
  'citizens.category.kept': 'Conservé {days} jours après sa clôture, puis supprimé.',
  'citizens.category.mayHide': 'Vous pouvez masquer votre nom.',
  'citizens.category.named':
    'Votre nom est nécessaire pour cette catégorie : l’organisation peut avoir besoin de vous joindre.',

  'citizens.what.legend': '3. Dites-nous en plus',
  'citizens.description.label': 'Ce que vous avez vu',
  'citizens.description.hint':
    'Ce que vous avez vu, et depuis quand. N’écrivez pas le nom d’autres personnes.',
  'citizens.description.count': '{used} caractères sur {max}',
  'citizens.description.over': '{over} caractères de trop ({max} au plus).',
  'citizens.photo.label': 'Photo (facultative, JPEG ou PNG)',
  'citizens.photo.hint':
    'Les visages sur la photo sont floutés automatiquement et ses données de localisation (comme le GPS) supprimées avant que quiconque la voie.',
  'citizens.photo.wrongType': 'Choisissez une photo JPEG ou PNG.',

  'citizens.contact.legend': '4. Vos coordonnées',
  'citizens.contact.hint':
    'Facultatives, sauf si la catégorie demande votre nom. Lues seulement par l’organisation qui reçoit votre signalement, si elle a besoin de vous poser une question. Jamais publiées.',
  'citizens.contact.hideName': 'Masquer mon nom',
  'citizens.contact.hideNameHint':
    'L’organisation ne saura pas qui vous êtes. Vous suivez votre signalement uniquement avec son lien.',
  'citizens.contact.namedCategory':
    'Pour cette catégorie, donnez au moins votre prénom ou votre nom. Seule l’organisation qui reçoit le signalement le lit.',
  'citizens.contact.firstName': 'Prénom',
  'citizens.contact.lastName': 'Nom',
  'citizens.contact.email': 'Adresse e-mail',
  'citizens.contact.phone': 'Téléphone',

  'citizens.problem.place': 'Choisissez l’endroit sur la carte.',
  'citizens.problem.category': 'Choisissez de quoi il s’agit.',
  'citizens.problem.description': 'Décrivez ce que vous avez vu.',
  'citizens.problem.name': 'Donnez votre nom : cette catégorie n’est pas anonyme.',
  'citizens.problem.too-long': 'La description est trop longue.',
  'citizens.send': 'Envoyer le signalement',
  'citizens.sending': 'Envoi…',

  'citizens.sent.title': 'Merci, votre signalement est envoyé',
  'citizens.sent.org': 'Il a été transmis à {org}.',
  'citizens.sent.requestId': 'Numéro du signalement : {id}',
  'citizens.sent.photo': 'Votre photo a été reçue ; les visages y sont floutés.',
  'citizens.sent.photoFailed': 'Votre signalement est envoyé, mais la photo n’a pas pu être ajoutée.',
  'citizens.sent.link': 'Lien pour suivre votre signalement',
  'citizens.copy': 'Copier',
  'citizens.sent.copied': 'Le lien est copié.',
  'citizens.sent.keep':
    'Gardez ce lien : c’est le seul moyen de suivre votre signalement, et il ne sera plus affiché.',
  'citizens.sent.open': 'Ouvrir la page de suivi',
  'citizens.sent.another': 'Signaler autre chose',

  'citizens.track.back': 'Signaler un problème',
  'citizens.track.eyebrow': 'Suivre votre signalement',
  'citizens.track.title': 'Signalement {id}',
  'citizens.track.status': 'Où il en est',
  'citizens.track.note': 'Note de {org} :',
  'citizens.track.org': 'Traité par',
  'citizens.track.sent': 'Envoyé le',
  'citizens.track.updated': 'Modifié le',
  'citizens.track.address': 'Adresse ou repère',
  'citizens.track.text': 'Ce que vous avez signalé',
  'citizens.track.photo': 'La photo publiée du signalement, visages floutés',
  'citizens.track.reload': 'Revenez sur cette page plus tard pour voir ce qui a changé.',

  'citizens.reports.title': 'Signalements des citoyens',
  'citizens.reports.intro': 'Les signalements non urgents que {org} a reçus du public.',
  'citizens.reports.settings': 'Zones et clés d’API',
  'citizens.reports.caption': 'Signalements reçus',
  'citizens.reports.none': 'Aucun signalement reçu pour l’instant.',
  'citizens.reports.noneFiltered': 'Aucun signalement ne correspond à ces filtres.',
  'citizens.reports.notAllowed':
    'Les signalements contiennent des données personnelles : seuls les analystes, éditeurs et administrateurs de {org} les lisent.',
  'citizens.reports.open': '{category} — {id}',
  'citizens.filter.status': 'Statut',
  'citizens.filter.category': 'Catégorie',
  'citizens.filter.any': 'Tous',
  'citizens.col.report': 'Signalement',
  'citizens.col.received': 'Reçu le',
  'citizens.col.status': 'Statut',
  'citizens.col.place': 'Lieu',
  'citizens.col.published': 'Publié',

  'citizens.triage.pageTitle': 'Signalement {id}',
  'citizens.triage.updated': 'modifié le {date}',
  'citizens.triage.description': 'Ce qui a été signalé',
  'citizens.triage.mediaUrl': 'Photo hébergée par l’application de la personne :',
  'citizens.triage.aside': 'À propos du signalement',
  'citizens.triage.facts': 'Détails',
  'citizens.triage.category': 'Catégorie',
  'citizens.triage.requestId': 'Numéro du signalement',
  'citizens.triage.via': 'Envoyé par',
  'citizens.via.web': 'la page de signalement',
  'citizens.via.open311': 'une application Open311',
  'citizens.triage.coordinates': 'Coordonnées (latitude, longitude)',
  'citizens.triage.purgeAfter': 'Supprimé après le',
  'citizens.triage.contact': 'Auteur du signalement',
  'citizens.triage.anonymous': 'La personne a masqué son nom.',
  'citizens.triage.noContact': 'La personne n’a laissé aucune coordonnée.',
  'citizens.triage.name': 'Nom',
  'citizens.triage.contactPrivate': 'Seule votre organisation le lit ; ce n’est jamais publié.',
  'citizens.triage.map': 'Carte de l’endroit du signalement',
  'citizens.triage.title': 'Traitement',
  'citizens.triage.status': 'Statut',
  'citizens.triage.note': 'Note publique',
  'citizens.triage.noteHint':
    'La personne la lit sur sa page de suivi ; le public aussi une fois le signalement publié.',
  'citizens.triage.blur': 'Photo et floutage',
  'citizens.triage.faces':
    'Visages floutés automatiquement : {count}. Floutez tout autre élément qui identifie quelqu’un (une plaque d’immatriculation, un visage manqué) avant de publier.',
  'citizens.triage.photo': 'La photo du signalement, visages floutés',
  'citizens.triage.published': 'Publié',
  'citizens.triage.publishedHint':
    'Montre le texte et la photo floutée au public. Jamais le nom ni les coordonnées de la personne.',
  'citizens.triage.isPublished': 'Publié : son texte et sa photo floutée sont publics.',
  'citizens.triage.notPublished': 'Non publié.',
  'citizens.triage.readOnly':
    'Les éditeurs et les administrateurs de votre organisation traitent les signalements.',
  'citizens.triage.save': 'Enregistrer le traitement',
  'citizens.triage.saved': 'Le traitement est enregistré.',

  'citizens.blur.hint':
    'Tracez un rectangle sur la photo au-dessus de ce qu’il faut flouter, ou ajoutez une zone et donnez sa position en pourcentage de la photo.',
  'citizens.blur.full': '{max} zones au plus.',
  'citizens.blur.region': 'Zone {n}',
  'citizens.blur.x': 'Depuis la gauche (%)',
  'citizens.blur.y': 'Depuis le haut (%)',
  'citizens.blur.width': 'Largeur (%)',
  'citizens.blur.height': 'Hauteur (%)',
  'citizens.blur.remove': 'Retirer',
  'citizens.blur.removeLabel': 'Retirer la zone {n}',
  'citizens.blur.add': 'Ajouter une zone à flouter',

  'citizens.settings.title': 'Zones et clés d’API',
  'citizens.settings.intro':
    'Où {org} reçoit les signalements des citoyens, et les applications qui peuvent les envoyer.',
  'citizens.settings.notAllowed': 'Seuls les administrateurs de {org} gèrent ses zones et ses clés d’API.',
  'citizens.coverage.title': 'Zones couvertes',
  'citizens.coverage.intro':
    'Un signalement va à l’organisation dont la zone reçoit sa catégorie à l’endroit où il a été fait (la plus petite zone quand il y en a plusieurs).',
  'citizens.coverage.new': 'Nouvelle zone',
  'citizens.coverage.name': 'Nom',
  'citizens.coverage.categories': 'Catégories reçues',
  'citizens.coverage.area': 'Zone',
  'citizens.coverage.size': 'Superficie',
  'citizens.coverage.drawHint':
    'Cliquez sur la carte pour ajouter les sommets de la zone, dans l’ordre autour d’elle. La zone se referme d’elle-même.',
  'citizens.coverage.map': 'Carte des zones couvertes',
  'citizens.coverage.undo': 'Annuler le dernier sommet',
  'citizens.coverage.clear': 'Effacer',
  'citizens.coverage.corners': 'Sommets : {count}',
  'citizens.coverage.problem.name': 'Donnez un nom à la zone.',
  'citizens.coverage.problem.categories': 'Choisissez au moins une catégorie.',
  'citizens.coverage.problem.too-few': 'Une zone a besoin d’au moins trois sommets.',
  'citizens.coverage.problem.self-intersecting': 'Les bords de la zone se croisent.',
  'citizens.coverage.save': 'Enregistrer la zone',
  'citizens.coverage.saved': 'La zone {name} est enregistrée.',
  'citizens.coverage.none':
    'Votre organisation ne reçoit encore aucun signalement : tracez sa première zone.',
  'citizens.coverage.confirmDelete':
    'Supprimer la zone {name} ? Les signalements faits à cet endroit ne vous parviendront plus.',
  'citizens.coverage.deleteLabel': 'Supprimer la zone {name}',
  'citizens.coverage.deleted': 'La zone {name} est supprimée.',

  'citizens.keys.title': 'Clés d’API Open311',
  'citizens.keys.intro':
    'Une application de signalement envoie ses signalements à {path} avec l’une de ces clés. Donnez à chaque application sa propre clé.',
  'citizens.keys.name': 'Utilisée par',
  'citizens.keys.nameHint': 'Qui utilise la clé, par exemple « Application de la ville (Android) ».',
  'citizens.keys.issue': 'Émettre une clé',
  'citizens.keys.issued': 'La clé de {name} est émise.',
  'citizens.keys.once': 'Copiez cette clé maintenant : elle n’est affichée qu’une seule fois.',
  'citizens.keys.key': 'Clé d’API',
  'citizens.keys.copied': 'La clé est copiée.',
  'citizens.keys.done': 'Je l’ai copiée',
  'citizens.keys.none': 'Aucune clé d’API pour l’instant.',
  'citizens.keys.prefix': 'Commence par',
  'citizens.keys.created': 'Émise le',
  'citizens.keys.lastUsed': 'Dernière utilisation',
  'citizens.keys.never': 'Jamais',
  'citizens.keys.state': 'État',
  'citizens.keys.active': 'En service',
  'citizens.keys.revokedOn': 'Révoquée le {date}',
  'citizens.keys.revoke': 'Révoquer',
  'citizens.keys.revokeLabel': 'Révoquer la clé de {name}',
  'citizens.keys.confirmRevoke':
    'Révoquer la clé de {name} ? L’application ne pourra plus envoyer de signalements.',
  'citizens.keys.revoked': 'La clé de {name} est révoquée.',

  'citizens.transparency.title': 'Transparence des signalements des citoyens',
  'citizens.transparency.intro':
    'Ce que deviennent les signalements envoyés : à quoi sert chaque catégorie, combien de temps les signalements sont conservés, et combien il y en a.',
  'citizens.transparency.report': 'Signaler un problème',
  'citizens.transparency.caption':
    'Catégories de signalement, leur durée de conservation et les signalements des 365 derniers jours',
  'citizens.transparency.category': 'Catégorie',
  'citizens.transparency.purpose': 'À quoi elle sert',
  'citizens.transparency.retention': 'Conservé après clôture',
  'citizens.transparency.days': '{days} jours',
  'citizens.transparency.anonymous': 'Nom masquable',
  'citizens.transparency.received': 'Reçus (365 jours)',
  'citizens.transparency.kept.open': 'Conservés : reçus',
  'citizens.transparency.kept.in-progress': 'Conservés : en cours',
  'citizens.transparency.kept.closed': 'Conservés : clos',
  'citizens.transparency.retentionHint':
    'Un signalement jamais clos est supprimé une fois ce délai écoulé depuis qu’il a été fait.',
  'citizens.transparency.year': 'Au cours des 365 derniers jours',
  'citizens.transparency.purged': 'Signalements supprimés à l’expiration de leur délai',
  'citizens.transparency.photos': 'Photos reçues',
  'citizens.transparency.faces': 'Visages floutés sur ces photos',
  'citizens.transparency.privacy': 'Protection de la vie privée dès la conception',
  'citizens.transparency.noVideo':
    'Aucune vidéo en direct des citoyens n’est jamais prise : la page de signalement n’envoie que ce que la personne écrit et la photo qu’elle choisit.',
  'citizens.transparency.photosBlurred':
    'Les visages sur les photos sont floutés automatiquement et les données de localisation supprimées avant que quiconque les voie ; les organisations floutent à la main tout autre élément avant de publier.',
  'citizens.transparency.contactPrivate':
    'Les coordonnées d’une personne ne sont lues que par l’organisation qui reçoit le signalement, et ne sont jamais publiées.',
  'citizens.transparency.purposeLimited':
    'Les signalements servent uniquement à traiter le problème signalé, puis sont supprimés à l’expiration de leur délai.',
  'citizens.transparency.dpia':
    'Les organisations évaluent les risques pour les droits des personnes avec le modèle d’analyse d’impact relative à la protection des données (AIPD) de la documentation de la plateforme :',
  'citizens.transparency.developers': 'Pour les développeurs',
  'citizens.transparency.open311':
    'Les signalements peuvent aussi être envoyés et lus par l’interface Open311 GeoReport v2. Sa liste de catégories :',
};
