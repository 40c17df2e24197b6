import type { Slice } from '../../../i18n/slice.ts';
import type { sharingEn } from './en.ts';

/** The Italian words of sharing: the reader’s access to a record, and the rights a record is shared with. */
export const sharingIt: Slice<typeof sharingEn> = {
  'access.owner': 'Proprietario',
  'access.edit': 'Può modificare',
  'access.read': 'Sola lettura',
  'shareRight.read': 'Lettura',
  'shareRight.edit': 'Lettura e modifica',
};
