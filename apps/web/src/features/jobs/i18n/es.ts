import type { Slice } from '../../../i18n/slice.ts';
import type { jobsEn } from './en.ts';

/** The Spanish words of background jobs: the jobs page, their kinds and statuses, and why one failed. */
export const jobsEs: Slice<typeof jobsEn> = {
  'nav.jobs': 'Tareas',
  'jobs.title': 'Tareas',
  'jobs.intro':
    'Los análisis pesados se ejecutan como tareas en segundo plano. Su progreso se muestra en directo.',
  'jobs.caption': 'Tareas de {org}',
  'jobs.col.kind': 'Tipo',
  'jobs.col.status': 'Estado',
  'jobs.col.progress': 'Progreso',
  'jobs.col.created': 'Creada',
  'jobs.col.outcome': 'Resultado',
  'jobs.progressLabel': 'Progreso de la tarea {kind}',
  'jobs.cancel': 'Cancelar',
  'jobs.cancelLabel': 'Cancelar la tarea {kind}',
  'jobs.cancelled': 'La tarea se ha cancelado.',
  'jobs.empty': 'Todavía no hay tareas.',

  'jobs.col.job': 'Tarea',
  'jobs.col.record': 'Registro',
  'jobs.recordGone': 'Eliminado o no compartido con usted',
  'jobs.sitesOfExtract': 'Registro de lugares ({file})',
  'jobs.outcome.succeeded': 'Terminada: el resultado está listo.',
  'jobs.outcome.noPlan': 'Ningún plan posible: {reason}',
  'jobs.outcome.failed': 'Fallida: {reason}',
  'jobs.outcome.failedUnknown': 'Fallida, sin motivo indicado.',
  'jobs.outcome.cancelled': 'Cancelada antes de terminar.',
  'jobs.outcome.queued': 'Esperando a un proceso libre.',
  'jobs.outcome.running': 'Calculándose.',

  'jobStatus.queued': 'En cola',
  'jobStatus.running': 'En curso',
  'jobStatus.succeeded': 'Completada',
  'jobStatus.failed': 'Fallida',
  'jobStatus.cancelled': 'Cancelada',

  'jobStatus.noPlan': 'Ningún plan posible',

  'job.kind.vehicle.threat': 'Análisis de la amenaza de vehículos',
  'job.kind.protect.plan': 'Plan de protección',
  'job.kind.crowd.simulate': 'Simulación de multitudes',
  'job.kind.osm.import-extract': 'Importación de extracto',
  'job.kind.unknown': 'Tarea en segundo plano',

  'failure.lost': 'El cálculo se interrumpió (intento {attempt} de {max}) y no pudo terminar.',
  'failure.notQueued': 'La tarea no pudo ponerse en cola. Inténtelo de nuevo en un momento.',
  'failure.extractUnreadable': 'Los datos cartográficos del sitio no se pueden leer.',
  'failure.noRoads': 'Los datos cartográficos del sitio no tienen ninguna calle ni camino que pueda usar un vehículo.',
  'failure.zone': 'La zona protegida no dio ningún resultado. Dibújela de nuevo dentro de los datos cartográficos.',
  'failure.emptyFile': 'El archivo {file} está vacío.',
  'failure.fileUnreadable': 'El archivo {file} no se puede leer como datos de OpenStreetMap.',
  'failure.fileNoStreets': 'El archivo {file} no tiene calles ni espacio peatonal.',
  'failure.other': 'El cálculo se detuvo: {detail}',
};
