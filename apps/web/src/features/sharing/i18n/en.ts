/**
 * The English words of sharing: the reader’s access to a record, and the rights a record is shared with. The
 * source of this slice's keys: each other language's slice is typed against it.
 */
export const sharingEn = {
  'access.owner': 'Owner',
  'access.edit': 'Can edit',
  'access.read': 'Read only',
  'shareRight.read': 'Read',
  'shareRight.edit': 'Read and edit',
};
