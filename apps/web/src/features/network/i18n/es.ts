import type { Slice } from '../../../i18n/slice.ts';
import type { networkEn } from './en.ts';

/**
 * The Spanish words of the network page: its map, its member organisations with their role in the network,
 * and its programme of activities.
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

  'network.programme.title': 'Programa',
  'network.programme.hint':
    'Reuniones, talleres, academias de policía, visitas sobre el terreno e intercambios de agentes durante grandes eventos.',
  'network.programme.publicOnly':
    'Solo se muestran las actividades públicas. Las organizaciones miembro de la red ven todo el programa.',
  'network.programme.calendar': 'Añadir a mi calendario (iCalendar)',
  'network.programme.calendarHint':
    'Suscríbase a esta dirección en su aplicación de calendario para seguir los cambios.',
  'network.programme.upcoming': 'Próximas',
  'network.programme.past': 'Pasadas',
  'network.programme.empty': 'Todavía no hay ninguna actividad en el programa.',
  'network.programme.noUpcoming': 'No hay próximas actividades.',
  'network.programme.add': 'Añadir una actividad',
  'network.programme.newTitle': 'Nueva actividad',
  'network.programme.editTitle': 'Modificar «{title}»',
  'network.programme.editLabel': 'Modificar {title}',
  'network.programme.deleteLabel': 'Eliminar {title}',
  'network.programme.deleteQuestion':
    '¿Eliminar «{title}» del programa? También se eliminan sus inscripciones.',
  'network.programme.saved': 'El programa se ha guardado.',

  'network.activity.tbc': 'fechas por confirmar',
  'network.activity.during': 'Durante: {event}',
  'network.activity.membersOnly': 'Solo para miembros',
  'network.activity.places': 'Plazas ocupadas: {taken} de {places}',
  'network.activity.full': 'Completo',

  'network.registration.legend': 'Inscribir a mi organización',
  'network.registration.people': 'Número de personas',
  'network.registration.register': 'Inscribirse',
  'network.registration.change': 'Modificar',
  'network.registration.cancel': 'Anular mi inscripción',
  'network.registration.mine': 'Mi organización está inscrita. Personas: {count}',
  'network.registration.sending': 'Enviando…',

  'network.registrations.title': 'Inscripciones',
  'network.registrations.none': 'Ninguna organización se ha inscrito todavía.',
  'network.registrations.col.org': 'Organización',
  'network.registrations.col.people': 'Personas',
  'network.registrations.col.by': 'Inscrita por',
  'network.registrations.col.at': 'Inscrita el',

  'network.activityForm.kind': 'Tipo de actividad',
  'network.activityForm.title': 'Título',
  'network.activityForm.description': 'Descripción',
  'network.activityForm.precision': 'Fechas conocidas',
  'network.activityForm.start': 'Inicio',
  'network.activityForm.end': 'Fin',
  'network.activityForm.monthFormat': 'AAAA-MM',
  'network.activityForm.endHint': 'Déjelo vacío si termina el mismo día, mes o año en que empieza.',
  'network.activityForm.city': 'Ciudad',
  'network.activityForm.country': 'País',
  'network.activityForm.noCountry': 'Sin indicar',
  'network.activityForm.massEvent': 'Gran evento',
  'network.activityForm.massEventHint':
    'El evento durante el cual se intercambian los agentes, como el Carnaval de Niza.',
  'network.activityForm.public': 'En el calendario público',
  'network.activityForm.publicHint':
    'Su título, fechas y lugar son visibles para todos, sin cuenta. Si no, solo los miembros de la red la ven.',
  'network.activityForm.places': 'Plazas',
  'network.activityForm.placesHint': 'Déjelo vacío si la actividad no admite inscripciones.',
  'network.activityForm.create': 'Añadir al programa',
  'network.activityForm.problem.title': 'Indique un título para la actividad.',
  'network.activityForm.problem.start': 'Indique la fecha de inicio.',
  'network.activityForm.problem.end': 'El fin no puede ser anterior al inicio.',
  'network.activityForm.problem.places': 'Plazas: un número entero de 1 a 10 000, o vacío.',

  'datePrecision.day': 'Día a día',
  'datePrecision.month': 'Solo el mes (fechas por confirmar)',
  'datePrecision.year': 'Solo el año (fechas por confirmar)',

  'activityKind.meeting': 'Reunión',
  'activityKind.workshop': 'Taller',
  'activityKind.academy': 'Academia de policía',
  'activityKind.field-visit': 'Visita sobre el terreno',
  'activityKind.exchange': 'Intercambio de agentes',
  'activityKind.conference': 'Conferencia',
};
