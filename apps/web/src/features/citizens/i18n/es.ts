import type { Slice } from '../../../i18n/slice.ts';
import type { citizensEn } from './en.ts';

/** The Spanish words of citizens' reports. */
export const citizensEs: Slice<typeof citizensEn> = {
  'nav.reports': 'Avisos',
  'recordKind.citizen-report': 'Aviso ciudadano',
  'recordKind.citizen-coverage': 'Zona cubierta de avisos',
  'recordKind.citizen-api-key': 'Clave de API Open311',

  'reportCategory.unattended-item': 'Objeto abandonado',
  'reportCategory.blocked-emergency-access': 'Acceso de emergencia bloqueado',
  'reportCategory.damaged-barrier': 'Barrera o bolardo dañado',
  'reportCategory.suspicious-vehicle': 'Vehículo sospechoso',
  'reportCategory.crowding': 'Aglomeración',
  'reportCategory.lighting-fault': 'Avería del alumbrado',
  'reportCategory.event-safety': 'Seguridad en un evento',
  'reportCategory.other': 'Otra cosa',
  'reportPurpose.unattended-item':
    'Una bolsa, un paquete o un objeto dejado solo en un lugar público, para que se revise y se retire.',
  'reportPurpose.blocked-emergency-access':
    'Un carril de bomberos, una salida de emergencia o un acceso de ambulancias bloqueado, para que se despeje.',
  'reportPurpose.damaged-barrier':
    'Un bolardo, una barrera o una jardinera pesada dañada, desplazada o ausente, para que se repare.',
  'reportPurpose.suspicious-vehicle':
    'Un vehículo aparcado o circulando donde no debería, cerca de un lugar concurrido, para que se compruebe.',
  'reportPurpose.crowding':
    'Un lugar que se llena demasiado o una cola que se vuelve peligrosa, para que se gestione la multitud.',
  'reportPurpose.lighting-fault': 'Una farola apagada o un paso oscuro, para que se repare.',
  'reportPurpose.event-safety':
    'Un problema en un evento: una salida cerrada, un escenario inestable, un auxiliar ausente, para que los organizadores actúen.',
  'reportPurpose.other': 'Otro problema de un espacio público que no es una emergencia.',

  'reportStatus.open': 'Recibido',
  'reportStatus.in-progress': 'En curso',
  'reportStatus.closed': 'Cerrado',
  'reportStatus.open.meaning': '{org} ha recibido su aviso y lo revisará.',
  'reportStatus.in-progress.meaning': '{org} se está ocupando de ello.',
  'reportStatus.closed.meaning': '{org} ha terminado de tramitarlo.',

  'citizens.report.eyebrow': 'Espacios públicos seguros',
  'citizens.report.title': 'Avisar de un problema en un espacio público',
  'citizens.report.intro':
    'Comunique a la ciudad un problema que haya observado: una bolsa abandonada, un acceso de emergencia bloqueado, un bolardo dañado. No hace falta cuenta.',
  'citizens.report.privacy':
    'Su aviso va solo a la organización responsable en ese lugar. Qué se conserva, y durante cuánto tiempo:',
  'citizens.transparencyLink': 'transparencia de los avisos',
  'citizens.emergency.title': 'Esto no es para emergencias.',
  'citizens.emergency.call': 'Si alguien está en peligro o algo está ocurriendo ahora, llame al 112.',
  'citizens.emergency.noVideo':
    'No se graba ningún vídeo en directo ni se le sigue: solo se envía lo que usted escribe y la foto que decida añadir.',

  'citizens.place.legend': '1. ¿Dónde está?',
  'citizens.place.hint':
    'Haga clic en el lugar en el mapa (amplíe con los botones o la rueda del ratón), o escriba su latitud y longitud.',
  'citizens.place.map': 'Mapa: haga clic donde está el problema',
  'citizens.place.none': 'Todavía no ha elegido ningún lugar.',
  'citizens.place.chosen': 'Lugar elegido: latitud {lat}, longitud {lng}.',
  'citizens.place.lat': 'Latitud',
  'citizens.place.lng': 'Longitud',
  'citizens.place.locate': 'Usar mi posición',
  'citizens.place.locating': 'Buscando su posición…',
  'citizens.place.locateFailed': 'No se ha podido encontrar su posición. Haga clic en el lugar en el mapa.',
  'citizens.place.address': 'Dirección o referencia (opcional)',
  'citizens.place.addressHint': 'Por ejemplo: «delante de la fuente, plaza Masséna».',

  'citizens.category.legend': '2. ¿Qué es?',
  'citizens.category.placeFirst':
    'Elija primero el lugar: las categorías dependen de quién recibe los avisos allí.',
  'citizens.category.none':
    'Ninguna organización recibe todavía avisos en este lugar. Elija otro lugar o contacte directamente con la ciudad.',
  'citizens.category.goesTo': 'Se envía a: {org}',
  'citizens.category.kept': 'Se conserva {days} días después de cerrarse y luego se borra.',
  'citizens.category.mayHide': 'Puede ocultar su nombre.',
  'citizens.category.named':
    'En esta categoría hace falta su nombre: la organización puede necesitar contactar con usted.',

  'citizens.what.legend': '3. Cuéntenos más',
  'citizens.description.label': 'Lo que ha visto',
  'citizens.description.hint': 'Lo que vio y desde cuándo. No escriba nombres de otras personas.',
  'citizens.description.count': '{used} de {max} caracteres',
  'citizens.description.over': '{over} caracteres de más (como máximo {max}).',
  'citizens.photo.label': 'Foto (opcional, JPEG o PNG)',
  'citizens.photo.hint':
    'Las caras de la foto se difuminan automáticamente y sus datos de ubicación (como el GPS) se eliminan antes de que nadie la vea.',
  'citizens.photo.wrongType': 'Elija una foto JPEG o PNG.',

  'citizens.contact.legend': '4. Sus datos de contacto',
  'citizens.contact.hint':
    'Opcionales, salvo que la categoría pida su nombre. Solo los lee la organización que recibe su aviso, si necesita preguntarle algo. Nunca se publican.',
  'citizens.contact.hideName': 'Ocultar mi nombre',
  'citizens.contact.hideNameHint':
    'La organización no sabrá quién es usted. Seguirá su aviso solo con su enlace.',
  'citizens.contact.namedCategory':
    'En esta categoría, indique al menos su nombre o sus apellidos. Solo los lee la organización que recibe el aviso.',
  'citizens.contact.firstName': 'Nombre',
  'citizens.contact.lastName': 'Apellidos',
  'citizens.contact.email': 'Correo electrónico',
  'citizens.contact.phone': 'Teléfono',

  'citizens.problem.place': 'Elija el lugar en el mapa.',
  'citizens.problem.category': 'Elija qué es.',
  'citizens.problem.description': 'Describa lo que ha visto.',
  'citizens.problem.name': 'Indique su nombre: esta categoría no es anónima.',
  'citizens.problem.too-long': 'La descripción es demasiado larga.',
  'citizens.send': 'Enviar el aviso',
  'citizens.sending': 'Enviando…',

  'citizens.sent.title': 'Gracias, su aviso se ha enviado',
  'citizens.sent.org': 'Se ha enviado a {org}.',
  'citizens.sent.requestId': 'Número del aviso: {id}',
  'citizens.sent.photo': 'Se ha recibido su foto; las caras aparecen difuminadas.',
  'citizens.sent.photoFailed': 'Su aviso se ha enviado, pero no se ha podido añadir la foto.',
  'citizens.sent.link': 'Enlace para seguir su aviso',
  'citizens.copy': 'Copiar',
  'citizens.sent.copied': 'El enlace se ha copiado.',
  'citizens.sent.keep': 'Guarde este enlace: es la única forma de seguir su aviso y no se volverá a mostrar.',
  'citizens.sent.open': 'Abrir la página de seguimiento',
  'citizens.sent.another': 'Avisar de otra cosa',

  'citizens.track.back': 'Avisar de un problema',
  'citizens.track.eyebrow': 'Siga su aviso',
  'citizens.track.title': 'Aviso {id}',
  'citizens.track.status': 'En qué punto está',
  'citizens.track.note': 'Nota de {org}:',
  'citizens.track.org': 'Tramitado por',
  'citizens.track.sent': 'Enviado el',
  'citizens.track.updated': 'Modificado el',
  'citizens.track.address': 'Dirección o referencia',
  'citizens.track.text': 'Lo que ha comunicado',
  'citizens.track.photo': 'La foto publicada del aviso, con las caras difuminadas',
  'citizens.track.reload': 'Vuelva más tarde a esta página para ver qué ha cambiado.',

  'citizens.reports.title': 'Avisos ciudadanos',
  'citizens.reports.intro': 'Los avisos no urgentes que {org} ha recibido del público.',
  'citizens.reports.settings': 'Zonas y claves de API',
  'citizens.reports.caption': 'Avisos recibidos',
  'citizens.reports.none': 'Todavía no se ha recibido ningún aviso.',
  'citizens.reports.noneFiltered': 'Ningún aviso coincide con estos filtros.',
  'citizens.reports.notAllowed':
    'Los avisos contienen datos personales: solo los analistas, editores y administradores de {org} los leen.',
  'citizens.reports.open': '{category} — {id}',
  'citizens.filter.status': 'Estado',
  'citizens.filter.category': 'Categoría',
  'citizens.filter.any': 'Todos',
  'citizens.col.report': 'Aviso',
  'citizens.col.received': 'Recibido',
  'citizens.col.status': 'Estado',
  'citizens.col.place': 'Lugar',
  'citizens.col.published': 'Publicado',

  'citizens.triage.pageTitle': 'Aviso {id}',
  'citizens.triage.updated': 'modificado el {date}',
  'citizens.triage.description': 'Lo que se ha comunicado',
  'citizens.triage.mediaUrl': 'Foto alojada por la aplicación de quien avisa:',
  'citizens.triage.aside': 'Sobre el aviso',
  'citizens.triage.facts': 'Detalles',
  'citizens.triage.category': 'Categoría',
  'citizens.triage.requestId': 'Número del aviso',
  'citizens.triage.via': 'Enviado mediante',
  'citizens.via.web': 'la página de avisos',
  'citizens.via.open311': 'una aplicación Open311',
  'citizens.triage.coordinates': 'Coordenadas (latitud, longitud)',
  'citizens.triage.purgeAfter': 'Se borra después del',
  'citizens.triage.contact': 'Quien avisa',
  'citizens.triage.anonymous': 'La persona ha ocultado su nombre.',
  'citizens.triage.noContact': 'La persona no ha dejado datos de contacto.',
  'citizens.triage.name': 'Nombre',
  'citizens.triage.contactPrivate': 'Solo su organización lo lee; nunca se publica.',
  'citizens.triage.map': 'Mapa del lugar del aviso',
  'citizens.triage.title': 'Tramitación',
  'citizens.triage.status': 'Estado',
  'citizens.triage.note': 'Nota pública',
  'citizens.triage.noteHint':
    'La persona la lee en su página de seguimiento; también el público una vez publicado.',
  'citizens.triage.blur': 'Foto y difuminado',
  'citizens.triage.faces':
    'Caras difuminadas automáticamente: {count}. Difumine cualquier otra cosa que identifique a alguien (una matrícula, una cara no detectada) antes de publicar.',
  'citizens.triage.photo': 'La foto del aviso, con las caras difuminadas',
  'citizens.triage.published': 'Publicado',
  'citizens.triage.publishedHint':
    'Muestra el texto y la foto difuminada al público. Nunca el nombre ni los datos de contacto de la persona.',
  'citizens.triage.isPublished': 'Publicado: su texto y su foto difuminada son públicos.',
  'citizens.triage.notPublished': 'No publicado.',
  'citizens.triage.readOnly': 'Los editores y administradores de su organización tramitan los avisos.',
  'citizens.triage.save': 'Guardar la tramitación',
  'citizens.triage.saved': 'La tramitación se ha guardado.',

  'citizens.blur.hint':
    'Dibuje un rectángulo en la foto sobre lo que haya que difuminar, o añada una zona e indique su posición en porcentaje de la foto.',
  'citizens.blur.full': 'Como máximo {max} zonas.',
  'citizens.blur.region': 'Zona {n}',
  'citizens.blur.x': 'Desde la izquierda (%)',
  'citizens.blur.y': 'Desde arriba (%)',
  'citizens.blur.width': 'Anchura (%)',
  'citizens.blur.height': 'Altura (%)',
  'citizens.blur.remove': 'Quitar',
  'citizens.blur.removeLabel': 'Quitar la zona {n}',
  'citizens.blur.add': 'Añadir una zona que difuminar',

  'citizens.settings.title': 'Zonas y claves de API',
  'citizens.settings.intro':
    'Dónde recibe {org} los avisos ciudadanos, y las aplicaciones que pueden enviarlos.',
  'citizens.settings.notAllowed': 'Solo los administradores de {org} gestionan sus zonas y claves de API.',
  'citizens.coverage.title': 'Zonas cubiertas',
  'citizens.coverage.intro':
    'Un aviso va a la organización cuya zona recibe su categoría en el lugar donde se hizo (la zona más pequeña cuando hay varias).',
  'citizens.coverage.new': 'Nueva zona',
  'citizens.coverage.name': 'Nombre',
  'citizens.coverage.categories': 'Categorías recibidas',
  'citizens.coverage.area': 'Zona',
  'citizens.coverage.size': 'Superficie',
  'citizens.coverage.drawHint':
    'Haga clic en el mapa para añadir los vértices de la zona, en orden a su alrededor. La zona se cierra sola.',
  'citizens.coverage.map': 'Mapa de las zonas cubiertas',
  'citizens.coverage.undo': 'Deshacer el último vértice',
  'citizens.coverage.clear': 'Borrar',
  'citizens.coverage.corners': 'Vértices: {count}',
  'citizens.coverage.problem.name': 'Dé un nombre a la zona.',
  'citizens.coverage.problem.categories': 'Elija al menos una categoría.',
  'citizens.coverage.problem.too-few': 'Una zona necesita al menos tres vértices.',
  'citizens.coverage.problem.self-intersecting': 'Los bordes de la zona se cruzan.',
  'citizens.coverage.save': 'Guardar la zona',
  'citizens.coverage.saved': 'La zona {name} se ha guardado.',
  'citizens.coverage.none': 'Su organización todavía no recibe avisos: dibuje su primera zona.',
  'citizens.coverage.confirmDelete': '¿Borrar la zona {name}? Los avisos hechos allí ya no le llegarán.',
  'citizens.coverage.deleteLabel': 'Borrar la zona {name}',
  'citizens.coverage.deleted': 'La zona {name} se ha borrado.',

  'citizens.keys.title': 'Claves de API Open311',
  'citizens.keys.intro':
    'Una aplicación de avisos envía sus avisos a {path} con una de estas claves. Dé a cada aplicación su propia clave.',
  'citizens.keys.name': 'Usada por',
  'citizens.keys.nameHint': 'Quién usa la clave, por ejemplo «App de la ciudad (Android)».',
  'citizens.keys.issue': 'Emitir una clave',
  'citizens.keys.issued': 'La clave de {name} se ha emitido.',
  'citizens.keys.once': 'Copie esta clave ahora: solo se muestra esta vez.',
  'citizens.keys.key': 'Clave de API',
  'citizens.keys.copied': 'La clave se ha copiado.',
  'citizens.keys.done': 'Ya la he copiado',
  'citizens.keys.none': 'Todavía no hay ninguna clave de API.',
  'citizens.keys.prefix': 'Empieza por',
  'citizens.keys.created': 'Emitida',
  'citizens.keys.lastUsed': 'Último uso',
  'citizens.keys.never': 'Nunca',
  'citizens.keys.state': 'Situación',
  'citizens.keys.active': 'En uso',
  'citizens.keys.revokedOn': 'Revocada el {date}',
  'citizens.keys.revoke': 'Revocar',
  'citizens.keys.revokeLabel': 'Revocar la clave de {name}',
  'citizens.keys.confirmRevoke': '¿Revocar la clave de {name}? La aplicación ya no podrá enviar avisos.',
  'citizens.keys.revoked': 'La clave de {name} se ha revocado.',

  'citizens.transparency.title': 'Transparencia de los avisos ciudadanos',
  'citizens.transparency.intro':
    'Qué ocurre con los avisos que envía la gente: para qué sirve cada categoría, cuánto tiempo se conservan los avisos y cuántos hay.',
  'citizens.transparency.report': 'Avisar de un problema',
  'citizens.transparency.caption':
    'Categorías de aviso, su plazo de conservación y los avisos de los últimos 365 días',
  'citizens.transparency.category': 'Categoría',
  'citizens.transparency.purpose': 'Para qué sirve',
  'citizens.transparency.retention': 'Conservado tras el cierre',
  'citizens.transparency.days': '{days} días',
  'citizens.transparency.anonymous': 'Se puede ocultar el nombre',
  'citizens.transparency.received': 'Recibidos (365 días)',
  'citizens.transparency.kept.open': 'Conservados: recibidos',
  'citizens.transparency.kept.in-progress': 'Conservados: en curso',
  'citizens.transparency.kept.closed': 'Conservados: cerrados',
  'citizens.transparency.retentionHint':
    'Un aviso que nunca se cierra se borra cuando ha pasado ese plazo desde que se hizo.',
  'citizens.transparency.year': 'En los últimos 365 días',
  'citizens.transparency.purged': 'Avisos borrados al cumplirse su plazo',
  'citizens.transparency.photos': 'Fotos recibidas',
  'citizens.transparency.faces': 'Caras difuminadas en ellas',
  'citizens.transparency.privacy': 'Privacidad desde el diseño',
  'citizens.transparency.noVideo':
    'Nunca se graba vídeo en directo de los ciudadanos: la página de avisos solo envía lo que la persona escribe y la foto que elige.',
  'citizens.transparency.photosBlurred':
    'Las caras de las fotos se difuminan automáticamente y los datos de ubicación se eliminan antes de que nadie las vea; las organizaciones difuminan a mano cualquier otra cosa antes de publicar.',
  'citizens.transparency.contactPrivate':
    'Los datos de contacto de una persona solo los lee la organización que recibe el aviso, y nunca se publican.',
  'citizens.transparency.purposeLimited':
    'Los avisos solo se usan para resolver el problema comunicado y se borran cuando se cumple su plazo.',
  'citizens.transparency.dpia':
    'Las organizaciones evalúan los riesgos para los derechos de las personas con la plantilla de evaluación de impacto relativa a la protección de datos (EIPD) de la documentación de la plataforma:',
  'citizens.transparency.developers': 'Para desarrolladores',
  'citizens.transparency.open311':
    'Los avisos también pueden enviarse y consultarse mediante la interfaz Open311 GeoReport v2. Su lista de categorías:',
};
