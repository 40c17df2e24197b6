import type { Slice } from '../../../i18n/slice.ts';
import type { briefingsEn } from './en.ts';

/**
 * The Spanish words of briefings: the list, one briefing, and the words of the sharing panel
 * (`briefing.share` …).
 */
export const briefingsEs: Slice<typeof briefingsEn> = {
  'nav.briefings': 'Notas confidenciales',
  'briefings.title': 'Notas confidenciales',
  'briefings.intro':
    'Las notas confidenciales son sensibles: pertenecen a la organización que las redactó y solo se comparten a propósito, con organizaciones concretas. Cada lectura queda anotada en el registro de auditoría.',
  'briefings.new': 'Nueva nota',
  'briefings.caption': 'Notas que puede leer',
  'briefings.col.title': 'Título',
  'briefings.col.owner': 'Propietario',
  'briefings.col.access': 'Su acceso',
  'briefings.col.updated': 'Última modificación',
  'briefings.empty': 'Todavía no hay notas.',
  'briefing.back': 'Todas las notas',
  'briefing.titleField': 'Título',
  'briefing.body': 'Texto',
  'briefing.create': 'Crear nota',
  'briefing.created': 'La nota se ha creado.',
  'briefing.saved': 'La nota se ha guardado.',
  'briefing.deleted': 'La nota se ha eliminado.',
  'briefing.sensitive': 'Registro sensible propiedad de {org}',
  'briefing.updatedAt': 'Última modificación: {date}',
  'briefing.sharing': 'Uso compartido',
  'briefing.sharesCaption': 'Organizaciones con las que se comparte esta nota',
  'briefing.notShared': 'Esta nota no se comparte con ninguna organización.',
  'briefing.shareWith': 'Organización',
  'briefing.chooseOrg': 'Elija una organización',
  'briefing.right': 'Derecho',
  'briefing.share': 'Compartir',
  'briefing.unshare': 'Dejar de compartir',
  'briefing.unshareLabel': 'Dejar de compartir con {org}',
  'briefing.shared': 'La nota se comparte ahora con {org}.',
  'briefing.unshared': 'La nota ya no se comparte con {org}.',
  'recordKind.briefing': 'Nota confidencial',
};
