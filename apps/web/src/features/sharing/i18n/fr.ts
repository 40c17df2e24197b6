import type { Slice } from '../../../i18n/slice.ts';
import type { sharingEn } from './en.ts';

/** The French words of sharing: the reader’s access to a record, and the rights a record is shared with. */
export const sharingFr: Slice<typeof sharingEn> = {
  'access.owner': 'Propriétaire',
  'access.edit': 'Modification',
  'access.read': 'Lecture seule',
  'shareRight.read': 'Lecture',
  'shareRight.edit': 'Lecture et modification',
};
