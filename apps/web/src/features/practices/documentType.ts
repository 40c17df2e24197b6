import type { AttachmentType } from '@pactesur/contracts';

const BY_EXTENSION: Readonly<Record<string, AttachmentType>> = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' };
const TYPES: readonly string[] = Object.values(BY_EXTENSION);

/**
 * The type to send a chosen file as: the browser's, when it is one a practice takes, else the one its
 * name's extension says; null for any other file (the server tells the type from the bytes anyway).
 */
export function documentTypeOf(name: string, browserType: string): AttachmentType | null {
  if (TYPES.includes(browserType)) return browserType as AttachmentType;
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? null;
}
