import type { Slice } from '../../../i18n/slice.ts';
import type { sharingEn } from './en.ts';

/** The Spanish words of sharing: the reader’s access to a record, and the rights a record is shared with. */
export const sharingEs: Slice<typeof sharingEn> = {
  'access.owner': 'Propietario',
  'access.edit': 'Puede editar',
  'access.read': 'Solo lectura',
  'shareRight.read': 'Lectura',
  'shareRight.edit': 'Lectura y edición',
};
